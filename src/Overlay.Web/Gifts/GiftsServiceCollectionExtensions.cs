namespace Overlay.Web.Gifts;

public static class GiftsServiceCollectionExtensions
{
    public static IServiceCollection AddGifts(this IServiceCollection services)
    {
        services.AddSingleton<GiftCatalog>();
        services.AddHostedService(sp => sp.GetRequiredService<GiftCatalog>());
        return services;
    }
}
