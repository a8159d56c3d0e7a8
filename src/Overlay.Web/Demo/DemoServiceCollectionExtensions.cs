namespace Overlay.Web.Demo;

public static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddDemoUpstream(this IServiceCollection services) => services;

    public static WebApplication MapDemoUpstream(this WebApplication app) => app;
}
