namespace Overlay.Web.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    public static IServiceCollection AddOverlayProtocol(this IServiceCollection services)
    {
        services.AddSingleton<FrameParser>();
        return services;
    }
}
