namespace Overlay.Web.Gifts;

/// <summary>One download at a time per picture, within the concurrency bound; its outcome, the LRU cap and the backoff.</summary>
public sealed partial class GiftImageCache
{
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "A gift picture from {Host} could not be cached ({Problem}); the placeholder shows and it is tried again later")]
    private static partial void LogFailed(ILogger logger, string host, string problem);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A gift picture from {Host} failed again ({Problem}, {Failures} times); next try at {RetryAt}")]
    private static partial void LogFailedAgain(ILogger logger, string host, string problem, int failures, DateTimeOffset retryAt);
}
