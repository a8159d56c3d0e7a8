namespace Overlay.Web.Demo;

public static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddDemo(this IServiceCollection services) =>
        services.AddSingleton<DemoUpstreamEndpoint>();

    public static WebApplication MapDemoUpstream(this WebApplication app)
    {
        app.Map(DemoUpstreamEndpoint.Path, (HttpContext context, DemoUpstreamEndpoint demo) => demo.HandleAsync(context));
        return app;
    }
}
