using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Overlay.Web.Storage;
using Overlay.Widgets.Shared;

namespace Overlay.Web.Gifts;

/// <summary>
/// Gift pictures, downloaded once into a bounded folder beside the settings file (owner-only) and served by the
/// app at <c>/gift-images/{key}</c>, where key is the SHA-256 of the picture's address. Least recently used files go
/// first when the folder passes its size. At most <see cref="GiftImageOptions.MaxConcurrentDownloads"/> downloads
/// run at once, one per picture however many pages ask; a failed one is not tried again before its backoff
/// (1 min doubling to 1 h on <see cref="TimeProvider"/>), so an offline demo never loops on TikTok's CDN.
/// </summary>
public sealed partial class GiftImageCache : IGiftImages, IDisposable
{
    /// <summary>Addresses remembered for keys not yet on disk; past it the oldest are forgotten (files stay served).</summary>
    public const int MaxSources = 10_000;

    private readonly GiftImageOptions _options;
    private readonly GiftImageDownloader _downloader;
    private readonly GiftCatalog? _catalog;
    private readonly TimeProvider _time;
    private readonly ILogger<GiftImageCache> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Uri> _sources = new(StringComparer.Ordinal);
    private readonly Queue<string> _sourceOrder = new();
    private readonly Dictionary<string, (CachedImage Image, long LastUsed)> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Failures, DateTimeOffset RetryAt)> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<CachedImage?>> _inflight = new(StringComparer.Ordinal);
    private long _totalBytes;
    private long _uses;
    private int _disposed;

    public GiftImageCache(IOptions<GiftImageOptions> options, IOptions<StorageOptions> storage, GiftImageDownloader downloader,
        TimeProvider time, ILogger<GiftImageCache> logger, GiftCatalog? catalog = null)
    {
        _options = options.Value;
        _downloader = downloader;
        _catalog = catalog;
        _time = time;
        _logger = logger;
        _slots = new SemaphoreSlim(_options.MaxConcurrentDownloads);
        Folder = FolderFor(_options, storage.Value.ResolvedPath);
        Usable = Prepare();
    }

    /// <summary>The cache folder: GiftImages:Folder, else <c>gift-images</c> beside the settings file.</summary>
    public string Folder { get; }

    /// <summary>False when the folder cannot be made: every picture is then the placeholder.</summary>
    public bool Usable { get; }

    public long TotalBytes
    {
        get { lock (_gate) { return _totalBytes; } }
    }

    public int Count
    {
        get { lock (_gate) { return _files.Count; } }
    }

    public static string FolderFor(GiftImageOptions options, string settingsFile) =>
        options.Folder.Trim().Length > 0
            ? Path.GetFullPath(options.Folder.Trim())
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(settingsFile.Length > 0 ? settingsFile : StorageOptions.FileName)) ?? ".", GiftImageOptions.FolderName);

    /// <summary>The key of an address (lower-case hex SHA-256), or null when the address may not be fetched.</summary>
    public string? KeyOf(string? pictureUrl) => Allowed(pictureUrl) is { } uri ? Hash(uri.AbsoluteUri) : null;

    public string? LocalUrl(string? pictureUrl) => LocalUrl(pictureUrl, warm: true);

    /// <summary>
    /// As <see cref="LocalUrl(string?)"/>; <paramref name="warm"/> false leaves the download to the first request
    /// (the admin's grid lists hundreds of gifts, and the browser asks only for those it shows).
    /// </summary>
    public string? LocalUrl(string? pictureUrl, bool warm)
    {
        if (Allowed(pictureUrl) is not { } uri)
        {
            return null;
        }
        var key = Hash(uri.AbsoluteUri);
        lock (_gate)
        {
            if (!_sources.ContainsKey(key))
            {
                if (_sources.Count >= MaxSources)
                {
                    _sources.Remove(_sourceOrder.Dequeue());
                }
                _sources[key] = uri;
                _sourceOrder.Enqueue(key);
            }
        }
        if (warm)
        {
            // Started now, so the picture is usually on disk before the alert's page asks for it.
            _ = GetAsync(key, CancellationToken.None);
        }
        return LocalImage.Prefix + key;
    }

    public string? ForGiftName(string giftName) =>
        giftName.Trim().Length > 0 && _catalog?.FindByName(giftName.Trim()) is { PictureUrl: { } picture } ? LocalUrl(picture) : null;

    /// <summary>
    /// The picture for <paramref name="key"/>: from disk, or downloaded now (joining a download under way). Null when
    /// it cannot be had (unknown key, refused, failed, backing off): serve the placeholder.
    /// </summary>
    public Task<CachedImage?> GetAsync(string key, CancellationToken cancellationToken)
    {
        Task<CachedImage?> download;
        lock (_gate)
        {
            if (_files.TryGetValue(key, out var file) && File.Exists(file.Image.Path))
            {
                _files[key] = (file.Image, ++_uses);
                return Task.FromResult<CachedImage?>(file.Image);
            }
            if (!Usable || !_sources.TryGetValue(key, out var uri) || !MayFetch(uri)
                || (_failures.TryGetValue(key, out var failed) && _time.GetUtcNow() < failed.RetryAt))
            {
                return Task.FromResult<CachedImage?>(null);
            }
            if (!_inflight.TryGetValue(key, out download!))
            {
                download = _inflight[key] = DownloadAsync(key, uri);
            }
        }
        return download.WaitAsync(cancellationToken);
    }

    /// <summary>The image served when a picture cannot be had: a neutral gift box, PNG.</summary>
    public static byte[] Placeholder { get; } = LoadPlaceholder();

    // Idempotent: the container disposes it once as itself and once as IGiftImages.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        _stopping.Cancel();
        _stopping.Dispose();
        _slots.Dispose();
    }

    /// <summary>An absolute http(s) address with a host, and not this computer (unless <see cref="GiftImageOptions.LoopbackOnly"/>).</summary>
    private Uri? Allowed(string? pictureUrl)
    {
        if (HttpUrl.Normalize(pictureUrl) is not { } normalized || !Uri.TryCreate(normalized, UriKind.Absolute, out var uri))
        {
            return null;
        }
        return IsLoopback(uri) && !_options.LoopbackOnly ? null : uri;
    }

    /// <summary>False for what <see cref="GiftImageOptions.LoopbackOnly"/> keeps from the network: the placeholder shows.</summary>
    private bool MayFetch(Uri uri) => !_options.LoopbackOnly || IsLoopback(uri);

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip))
        || uri.DnsSafeHost.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);

    private static string Hash(string url) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)));

}
