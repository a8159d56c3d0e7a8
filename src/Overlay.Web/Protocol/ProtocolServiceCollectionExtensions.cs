namespace Overlay.Web.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    public static IServiceCollection AddProtocol(this IServiceCollection services)
    {
        services.AddSingleton<FrameParser>();
        return services;
    }
}
