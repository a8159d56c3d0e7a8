using System.Globalization;
using Microsoft.Extensions.Options;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;

namespace Overlay.Web.Recording;

/// <summary>
/// Records raw upstream text frames (before parsing) to a JSONL file in <see cref="RecordingsFolder"/>, started
/// and stopped from the admin. The upstream socket hands every frame to <see cref="OnFrame"/>; while nothing
/// records that costs one volatile read. Stopping the app finishes the file.
/// </summary>
public sealed partial class FrameRecorder(
    RecordingsFolder folder,
    IOptionsMonitor<RecordingOptions> options,
    OverlayMetrics metrics,
    TimeProvider time,
    ILogger<FrameRecorder> logger) : IHostedService
{
    private readonly Lock _gate = new();
    private readonly HandlerList<Action> _changed = new();
    private RecordingSession? _session;
    private RecordingStatus _last = RecordingStatus.None;

    public RecordingStatus Status => Volatile.Read(ref _session)?.Status(running: true) ?? Volatile.Read(ref _last);

    /// <summary>Called when a recording starts or stops (not per frame: poll <see cref="Status"/> for counts).</summary>
    public IDisposable Subscribe(Action changed) => _changed.Add(changed);

    /// <summary>Starts a new file (no-op while one runs). False with a message a streamer can act on when it cannot.</summary>
    public bool TryStart(out string problem)
    {
        problem = "";
        lock (_gate)
        {
            if (_session is not null)
            {
                return true;
            }
            var dir = folder.Path;
            FileStream stream;
            try
            {
                Directory.CreateDirectory(dir);
                stream = CreateFile(dir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = $"Could not start a recording in \"{dir}\": {ex.Message} Check Upstream:RecordingsFolder.";
                LogStartFailed(logger, dir, ex.Message);
                return false;
            }
            var maxBytes = (long)options.CurrentValue.RecordMaxMegabytes * 1024 * 1024;
            Volatile.Write(ref _session, new RecordingSession(stream, maxBytes, time, metrics, logger, OnEnded));
            LogStarted(logger, stream.Name);
        }
        Notify();
        return true;
    }

    /// <summary>Stops the recording and returns once the file is complete on disk.</summary>
    public async Task StopAsync()
    {
        RecordingSession? session;
        lock (_gate)
        {
            session = _session;
        }
        if (session is not null)
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The upstream socket's receive callback: only enqueues.</summary>
    internal void OnFrame(string text, DateTimeOffset receivedAt, IReadOnlyList<string> secrets) =>
        Volatile.Read(ref _session)?.Offer(text, receivedAt, secrets);

    Task IHostedService.StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => StopAsync().WaitAsync(cancellationToken);

    private void OnEnded(RecordingSession session)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(_session, session))
            {
                return;
            }
            var final = session.Status(running: false);
            Volatile.Write(ref _last, final);
            Volatile.Write(ref _session, null);
            LogStopped(logger, final.FilePath, final.Frames, final.Bytes);
        }
        Notify();
    }

    private FileStream CreateFile(string dir)
    {
        var stamp = time.GetLocalNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? $"recording-{stamp}" : $"recording-{stamp}-{n}";
            var path = Path.Combine(dir, name + RecordingsFolder.Extension);
            if (File.Exists(path))
            {
                continue;
            }
            // Readable while it grows, so a copy of the app (or a test) can replay a recording in progress.
            return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 64 * 1024, useAsync: true);
        }
    }

    private void Notify()
    {
        foreach (var handler in _changed.Snapshot)
        {
            try
            {
                handler();
            }
            catch (Exception ex)
            {
                LogHandlerFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recording upstream frames to {File}")]
    private static partial void LogStarted(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recording {File} finished: {Frames} frames, {Bytes} bytes")]
    private static partial void LogStopped(ILogger logger, string file, long frames, long bytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not start a recording in {Folder}: {Error}")]
    private static partial void LogStartFailed(ILogger logger, string folder, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "A recording status listener failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception ex);
}
