namespace Overlay.Web.Upstream;

public static class UpstreamServiceCollectionExtensions
{
    public static IServiceCollection AddUpstream(this IServiceCollection services)
    {
        services.AddOptions<UpstreamOptions>()
            .BindConfiguration(UpstreamOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ConnectionStatusStore>();
        services.AddSingleton<FrameChannel>();
        // One instance is the hosted loop and the admin page's control surface.
        services.AddSingleton<UpstreamClient>();
        services.AddSingleton<IUpstreamControl>(sp => sp.GetRequiredService<UpstreamClient>());
        services.AddSingleton<IUpstreamSessionFacts>(sp => sp.GetRequiredService<UpstreamClient>());
        services.AddHostedService(sp => sp.GetRequiredService<UpstreamClient>());
        return services;
    }
}
