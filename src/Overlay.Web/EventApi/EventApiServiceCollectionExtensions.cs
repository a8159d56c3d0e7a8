namespace Overlay.Web.EventApi;

public static class EventApiServiceCollectionExtensions
{
    public static IServiceCollection AddEventApi(this IServiceCollection services)
    {
        services.AddSingleton<EventApiBroadcaster>();
        services.AddSingleton<EventApiEndpoint>();
        return services;
    }

    /// <summary>Needs <c>UseWebSockets</c> earlier in the pipeline (MapOverlay does it once for every socket endpoint).</summary>
    public static WebApplication MapEventApi(this WebApplication app)
    {
        app.Map(EventApiEndpoint.Path, (HttpContext context, EventApiEndpoint api) => api.HandleAsync(context));
        return app;
    }
}
