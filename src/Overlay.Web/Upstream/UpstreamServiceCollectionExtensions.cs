namespace Overlay.Web.Upstream;

public static class UpstreamServiceCollectionExtensions
{
    public static WebApplicationBuilder AddUpstream(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<UpstreamOptions>()
            .BindConfiguration(UpstreamOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ConnectionStatusStore>();
        builder.Services.AddSingleton<FrameChannel>();
        // One instance is the hosted loop and the admin page's control surface.
        builder.Services.AddSingleton<UpstreamClient>();
        builder.Services.AddSingleton<IUpstreamControl>(sp => sp.GetRequiredService<UpstreamClient>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<UpstreamClient>());
        return builder;
    }
}
