using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Overlay.Web.Gifts;
using Overlay.Web.Storage;

namespace Overlay.Tests.Infrastructure;

/// <summary>A <see cref="GiftImageCache"/> on a fake clock, its folder in a fresh temporary directory, real HTTP.</summary>
public static class GiftImageCaches
{
    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero));

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "overlay-tests", "gift-images-" + Guid.NewGuid().ToString("N"));

    /// <summary>The fake CDN is on 127.0.0.1, so loopback addresses are allowed unless the options say otherwise.</summary>
    public static GiftImageCache Create(TimeProvider time, string? folder = null, GiftImageOptions? options = null,
        ILogger<GiftImageCache>? logger = null, GiftCatalog? catalog = null)
    {
        options ??= new GiftImageOptions { LoopbackOnly = true };
        options.Folder = folder ?? (options.Folder.Length > 0 ? options.Folder : NewFolder());
        var services = new ServiceCollection();
        services.AddHttpClient(GiftImageDownloader.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        var clients = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        return new GiftImageCache(Options.Create(options), Options.Create(new StorageOptions()), new GiftImageDownloader(clients),
            time, logger ?? NullLogger<GiftImageCache>.Instance, catalog);
    }
}
