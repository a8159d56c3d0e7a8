using System.Net;
using Microsoft.Extensions.Options;

namespace Overlay.Web.Gifts;

public static class GiftsServiceCollectionExtensions
{
    public static IServiceCollection AddGifts(this IServiceCollection services)
    {
        services.AddSingleton<GiftCatalog>();
        services.AddHostedService(sp => sp.GetRequiredService<GiftCatalog>());

        services.AddOptions<GiftImageOptions>().BindConfiguration(GiftImageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GiftListOptions>().BindConfiguration(GiftListOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // Timeouts come from TimeProvider-based tokens (tests move a fake clock), so the clients' own are off.
        services.AddHttpClient(GiftImageDownloader.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                MaxAutomaticRedirections = 3,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(10),
            });
        services.AddHttpClient(GiftListClient.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // The key is in the query string: a redirect would carry it to wherever the Location points.
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(10),
            });
        services.AddSingleton<GiftImageDownloader>();
        services.AddSingleton<GiftImageCache>();
        services.AddSingleton<IGiftImages>(sp => sp.GetRequiredService<GiftImageCache>());
        services.AddSingleton<GiftListClient>();
        services.AddSingleton<GiftListImporter>();
        services.AddHostedService(sp => sp.GetRequiredService<GiftListImporter>());
        return services;
    }
}
