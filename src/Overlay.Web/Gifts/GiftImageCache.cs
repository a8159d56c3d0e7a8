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

    private async Task<CachedImage?> DownloadAsync(string key, Uri uri)
    {
        await Task.Yield(); // The caller holds the lock; the download runs after it is released.
        var problem = "";
        CachedImage? image = null;
        try
        {
            await _slots.WaitAsync(_stopping.Token);
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.TimeoutSeconds), _time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, _stopping.Token);
                var file = Path.Combine(Folder, key);
                try
                {
                    var result = await _downloader.DownloadAsync(uri, file + ".download", _options.MaxImageKilobytes * 1024L, linked.Token);
                    if (result.Ok)
                    {
                        var path = file + ImageSniffer.Extension(result.ContentType!);
                        File.Move(file + ".download", path, overwrite: true);
                        image = new CachedImage(key, path, result.ContentType!, result.Bytes);
                    }
                    else
                    {
                        problem = result.Problem;
                    }
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested && !_stopping.IsCancellationRequested)
                {
                    problem = $"no answer within {_options.TimeoutSeconds} s";
                }
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            problem = "the app is stopping";
        }
        catch (ObjectDisposedException)
        {
            problem = "the app is stopping";
        }
        catch (Exception ex)
        {
            // Any failure is this picture's alone: the placeholder shows and the backoff decides the next try.
            problem = ex switch
            {
                HttpRequestException http => $"the request failed ({http.HttpRequestError})",
                IOException or UnauthorizedAccessException => "the file could not be written",
                _ => ex.GetType().Name,
            };
        }
        Finish(key, uri, image, problem);
        return image;
    }

    private void Finish(string key, Uri uri, CachedImage? image, string problem)
    {
        List<CachedImage> evicted = [];
        int failures = 0;
        DateTimeOffset retryAt = default;
        lock (_gate)
        {
            _inflight.Remove(key);
            if (image is not null)
            {
                _failures.Remove(key);
                if (_files.Remove(key, out var old))
                {
                    _totalBytes -= old.Image.Bytes;
                }
                _files[key] = (image, ++_uses);
                _totalBytes += image.Bytes;
                evicted = EvictOverCap(key);
            }
            else
            {
                failures = _failures.TryGetValue(key, out var before) ? before.Failures + 1 : 1;
                var wait = TimeSpan.FromSeconds(_options.RetrySeconds * Math.Pow(2, Math.Min(failures - 1, 16)));
                retryAt = _time.GetUtcNow() + (wait > GiftImageOptions.MaxRetry ? GiftImageOptions.MaxRetry : wait);
                _failures[key] = (failures, retryAt);
            }
        }
        foreach (var gone in evicted)
        {
            TryDelete(gone.Path);
        }
        if (image is null && failures == 1)
        {
            LogFailed(_logger, uri.Host, problem);
        }
        else if (image is null)
        {
            LogFailedAgain(_logger, uri.Host, problem, failures, retryAt);
        }
    }

    // Under _gate. The picture just stored stays, even when it alone passes the cap.
    private List<CachedImage> EvictOverCap(string keep)
    {
        var cap = _options.CacheMegabytes * 1024L * 1024L;
        List<CachedImage> evicted = [];
        while (_totalBytes > cap && _files.Count > 1)
        {
            var oldest = _files.Where(f => f.Key != keep).MinBy(f => f.Value.LastUsed);
            _files.Remove(oldest.Key);
            _totalBytes -= oldest.Value.Image.Bytes;
            evicted.Add(oldest.Value.Image);
        }
        return evicted;
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

    private bool Prepare()
    {
        try
        {
            OwnerOnly.CreateFolder(Path.GetDirectoryName(Folder) ?? ".");
            OwnerOnly.CreateFolder(Folder);
            var found = new List<(CachedImage Image, DateTime Written)>();
            foreach (var path in Directory.EnumerateFiles(Folder))
            {
                var name = Path.GetFileNameWithoutExtension(path);
                if (ImageSniffer.TypeOfExtension(Path.GetExtension(path)) is { } type && LocalImage.IsKey(name))
                {
                    found.Add((new CachedImage(name, path, type, new FileInfo(path).Length), File.GetLastWriteTimeUtc(path)));
                }
                else if (path.EndsWith(".part", StringComparison.Ordinal) || path.EndsWith(".download", StringComparison.Ordinal))
                {
                    TryDelete(path); // A download cut off by a crash.
                }
            }
            foreach (var (image, _) in found.OrderBy(f => f.Written))
            {
                _files[image.Key] = (image, ++_uses);
                _totalBytes += image.Bytes;
            }
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogUnusable(_logger, Folder, ex.Message);
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next start's scan.
        }
    }

    private static byte[] LoadPlaceholder()
    {
        using var stream = typeof(GiftImageCache).Assembly.GetManifestResourceStream("Overlay.Web.Gifts.placeholder-gift.png")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A gift picture from {Host} could not be cached ({Problem}); the placeholder shows and it is tried again later")]
    private static partial void LogFailed(ILogger logger, string host, string problem);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A gift picture from {Host} failed again ({Problem}, {Failures} times); next try at {RetryAt}")]
    private static partial void LogFailedAgain(ILogger logger, string host, string problem, int failures, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "The gift picture folder {Folder} cannot be used ({Problem}); gifts show a placeholder")]
    private static partial void LogUnusable(ILogger logger, string folder, string problem);
}
