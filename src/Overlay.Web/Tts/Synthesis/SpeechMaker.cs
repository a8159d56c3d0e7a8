using Overlay.Web.Localization;
using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Tts.Audio;
using Overlay.Web.Tts.Engines;

namespace Overlay.Web.Tts.Synthesis;

/// <summary>
/// Turns text into a cached clip with the machine's engine, off the event path: at most Tts:MaxConcurrent
/// phrases at once, each bounded by the engine's timeout. A failure (no engine, a crash, a timeout, a voice that
/// is not installed) is counted, shown in the admin and logged at most once per 10 s; it never throws to the
/// caller, so alerts and chat never wait on speech.
/// </summary>
public sealed partial class SpeechMaker : ISpeechClips, IHostedService, IDisposable
{
    private readonly ISpeechEngine? _engine;
    private readonly SpeechCache _cache;
    private readonly OverlayMetrics _metrics;
    private readonly ILogger<SpeechMaker> _logger;
    private readonly DropLogThrottle _logThrottle;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentDictionary<SpeechFailure, long> _failures = new();
    private readonly HandlerList<Action> _subscribers = new();
    private readonly CancellationTokenSource _stopping = new();
    private IReadOnlyList<SpeechVoice> _voices = [];
    private LocalText? _problem;
    private long _made;

    public SpeechMaker(ISpeechEngine? engine, SpeechCache cache, IOptions<TtsOptions> options, OverlayMetrics metrics, TimeProvider time,
        ILogger<SpeechMaker> logger)
    {
        _engine = engine;
        _cache = cache;
        _metrics = metrics;
        _logger = logger;
        _logThrottle = new DropLogThrottle(time);
        _slots = new SemaphoreSlim(options.Value.MaxConcurrent);
        _problem = engine is null ? new LocalText(EngineLocator.MissingHint) : null;
    }

    public SpeechEngineStatus Status => new(
        _engine?.Name, Volatile.Read(ref _voices), Volatile.Read(ref _problem), Interlocked.Read(ref _made),
        new SortedDictionary<string, long>(_failures.ToDictionary(p => p.Key.ToString(), p => p.Value), StringComparer.Ordinal));

    /// <summary>The language per-viewer voices come from when no voice is set.</summary>
    public string DefaultLanguage => _engine?.DefaultLanguage ?? "en";

    public IReadOnlyList<SpeechVoice> Voices => Volatile.Read(ref _voices);

    /// <summary>Called when the status changes (voices listed, a failure, a recovery). Handlers must be quick.</summary>
    public IDisposable Subscribe(Action changed) => _subscribers.Add(changed);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // In the background: a slow engine must not hold up the app's start.
        _ = RefreshVoicesAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    /// <summary>Asks the engine for its voices again (the admin's refresh, and once at start).</summary>
    public async Task RefreshVoicesAsync(CancellationToken cancellationToken)
    {
        if (_engine is null)
        {
            Fail(SpeechFailure.NoEngine, new LocalText(EngineLocator.MissingHint), count: false);
            return;
        }
        try
        {
            var voices = await _engine.ListVoicesAsync(cancellationToken);
            Volatile.Write(ref _voices, [.. voices.OrderBy(v => v.Id, StringComparer.OrdinalIgnoreCase)]);
            if (voices.Count == 0)
            {
                Fail(SpeechFailure.EngineFailed, new LocalText("{0} reports no installed voices.", _engine.Name), count: false);
                return;
            }
            LogEngineReady(_logger, _engine.Name, voices.Count);
            Notify();
        }
        catch (SpeechEngineException ex)
        {
            Fail(SpeechFailure.EngineFailed, new LocalText(ex.Message));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>The clip for <paramref name="text"/>, from the cache or made now; null when it could not be made (counted and shown).</summary>
    public async Task<SpeechClipMade?> MakeAsync(string text, string? voice, int ratePercent, CancellationToken cancellationToken)
    {
        if (_engine is null)
        {
            Fail(SpeechFailure.NoEngine, new LocalText(EngineLocator.MissingHint));
            return null;
        }
        (voice, var voiceMissing) = CheckVoice(voice);
        var id = SpeechCache.IdFor(_engine.Name, voice, ratePercent, text);
        if (_cache.Find(id) is { } cached)
        {
            return Clip(id, cached.Info);
        }
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        await _slots.WaitAsync(linked.Token);
        try
        {
            // Another request may have made the same phrase while this one waited.
            if (_cache.Find(id) is { } made)
            {
                return Clip(id, made.Info);
            }
            var temp = _cache.TempPath(id);
            try
            {
                await _engine.SynthesizeAsync(new SpeechJob(text, voice, ratePercent), temp, linked.Token);
            }
            catch (SpeechEngineException ex)
            {
                DeleteQuietly(temp);
                Fail(ex.TimedOut ? SpeechFailure.Timeout : SpeechFailure.EngineFailed, new LocalText(ex.Message));
                return null;
            }
            if (_cache.Commit(id, temp) is not { } info)
            {
                Fail(SpeechFailure.BadAudio, new LocalText("{0} wrote no playable audio.", _engine.Name));
                return null;
            }
            Interlocked.Increment(ref _made);
            // A phrase that worked clears the last problem, unless it was spoken in the default voice instead.
            if (!voiceMissing && Interlocked.Exchange(ref _problem, null) is not null)
            {
                Notify();
            }
            return Clip(id, info);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>The voice to use: <paramref name="voice"/> when installed (or when the voices are not known yet), else the default.</summary>
    private (string? Voice, bool Missing) CheckVoice(string? voice)
    {
        if (string.IsNullOrWhiteSpace(voice))
        {
            return (null, false);
        }
        var voices = Voices;
        if (voices.Count == 0)
        {
            return (voice, false);
        }
        if (voices.FirstOrDefault(v => string.Equals(v.Id, voice, StringComparison.OrdinalIgnoreCase)) is { } found)
        {
            return (found.Id, false);
        }
        Fail(SpeechFailure.MissingVoice, new LocalText("The voice '{0}' is not installed; the default voice is used. Pick an installed one on the Text to speech page.", voice));
        return (null, true);
    }

    // A file still held by a timed-out engine (Windows) is removed by the cache's scan at the next start.
    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static SpeechClipMade Clip(string id, WavInfo info) => new(id, SpeechAudioEndpoint.UrlFor(id), info.Duration);

    // Engine errors (the process's own output) stay as the engine wrote them; our sentences are AdminText keys.
    private void Fail(SpeechFailure failure, LocalText message, bool count = true)
    {
        if (count)
        {
            _failures.AddOrUpdate(failure, 1, static (_, n) => n + 1);
            _metrics.CountDropped(DropReason.SpeechFailed);
        }
        var changed = Interlocked.Exchange(ref _problem, message)?.ToString() != message.ToString();
        if (_logThrottle.ShouldLog(DropReason.SpeechFailed, out var suppressed))
        {
            LogSpeechFailed(_logger, failure, message.ToString(), suppressed);
        }
        if (changed || count)
        {
            Notify();
        }
    }

    private void Notify()
    {
        foreach (var subscriber in _subscribers.Snapshot)
        {
            subscriber();
        }
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _slots.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Text to speech: {Engine} with {Voices} voices")]
    private static partial void LogEngineReady(ILogger logger, string engine, int voices);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Text to speech: {Failure}: {Problem} ({Suppressed} more not logged in the last 10 s)")]
    private static partial void LogSpeechFailed(ILogger logger, SpeechFailure failure, string problem, long suppressed);
}
