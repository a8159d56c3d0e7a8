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
        return builder;
    }
}
