using Overlay.Web.Obs.Protocol;
using Overlay.Web.Obs.Settings;

namespace Overlay.Web.Obs.Client;

/// <summary>The connect → wait → reconnect loop.</summary>
public sealed partial class ObsConnection
{
    private string? _lastProblem;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                failures = await AttemptAsync(failures, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A bug here must not stop the host (a BackgroundService that throws does): report it, try again later.
                LogUnexpected(logger, ex);
                failures++;
                await RetryLaterAsync($"Something went wrong talking to OBS ({ex.GetType().Name}).", failures, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One pass: connect (or stay off), run the session, wait. Returns the failure count for the backoff.</summary>
    private async Task<int> AttemptAsync(int failures, CancellationToken stoppingToken)
    {
        while (_wake.Reader.TryRead(out _))
        {
            // Earlier wake-ups are answered by this attempt.
        }
        var settings = repository.Get();
        if (!settings.Enabled)
        {
            SetStatus(_ => new ObsStatus());
            await WaitAsync(null, null, stoppingToken).ConfigureAwait(false);
            return 0;
        }
        SetStatus(_ => new ObsStatus
        {
            State = ObsState.Connecting, Summary = $"Connecting to OBS at {settings.Address}…", Attempt = failures + 1,
        });
        ObsSession session;
        try
        {
            session = await ObsSession.ConnectAsync(settings, time, OnEvent, stoppingToken).ConfigureAwait(false);
        }
        catch (ObsHandshakeException ex)
        {
            // Once per distinct problem: OBS closed for the evening is one line, not one every 30 s.
            if (ex.Message != _lastProblem)
            {
                _lastProblem = ex.Message;
                LogNotConnected(logger, settings.Address, ex.State, ex.Message);
            }
            if (ex.State == ObsState.Reconnecting)
            {
                await RetryLaterAsync(ex.Message, failures + 1, stoppingToken).ConfigureAwait(false);
                return failures + 1;
            }
            // Wrong password, kicked, too old: trying again unchanged would only be refused again.
            SetStatus(_ => new ObsStatus { State = ex.State, Summary = ex.Message });
            await WaitAsync(null, null, stoppingToken).ConfigureAwait(false);
            return 0;
        }
        var end = await RunSessionAsync(session, settings, stoppingToken).ConfigureAwait(false);
        if (end is null)
        {
            return 0;
        }
        LogLost(logger, settings.Address, end.CloseCode);
        if (end.CloseCode == ObsCloseCode.SessionInvalidated)
        {
            var kicked = ObsSession.Kicked();
            SetStatus(_ => new ObsStatus { State = kicked.State, Summary = kicked.Message });
            await WaitAsync(null, null, stoppingToken).ConfigureAwait(false);
            return 0;
        }
        await RetryLaterAsync("OBS went away (closed or restarting).", 1, stoppingToken).ConfigureAwait(false);
        return 1;
    }

    /// <summary>Runs until OBS ends the session (returns how) or the streamer asks for a new one (returns null).</summary>
    private async Task<ObsSessionEnd?> RunSessionAsync(ObsSession session, ObsSettings settings, CancellationToken ct)
    {
        try
        {
            _session = session;
            var version = await session.RequestAsync("GetVersion", null, ct).ConfigureAwait(false);
            var scene = await session.RequestAsync("GetCurrentProgramScene", null, ct).ConfigureAwait(false);
            var since = time.GetUtcNow();
            SetStatus(s => new ObsStatus
            {
                State = ObsState.Connected,
                Summary = ConnectedSummary(version, session, settings),
                ObsVersion = version.String("obsVersion"),
                WebSocketVersion = version.String("obsWebSocketVersion") ?? session.WebSocketVersion,
                CurrentScene = scene.String("sceneName") ?? scene.String("currentProgramSceneName"),
                ConnectedSince = since,
            });
            LogConnected(logger, settings.Address, version.String("obsVersion"));
            _lastProblem = null;
            var woken = await WaitAsync(null, session.Ended, ct).ConfigureAwait(false);
            return woken ? null : await session.Ended.ConfigureAwait(false);
        }
        finally
        {
            _session = null;
            await session.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task RetryLaterAsync(string why, int failures, CancellationToken ct)
    {
        var delay = ObsBackoff.Delay(failures);
        var due = time.GetUtcNow() + delay;
        SetStatus(_ => new ObsStatus
        {
            State = ObsState.Reconnecting,
            Summary = $"{why} Trying again in {delay.TotalSeconds:0} s.",
            NextAttemptAt = due,
            Attempt = failures,
        });
        await WaitAsync(due, null, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Waits for a wake-up (save, Reconnect), <paramref name="due"/> on the TimeProvider, or <paramref name="ended"/>.
    /// True when woken.
    /// </summary>
    private async Task<bool> WaitAsync(DateTimeOffset? due, Task? ended, CancellationToken ct)
    {
        using var waitCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var waits = new List<Task> { _wake.Reader.WaitToReadAsync(waitCts.Token).AsTask() };
        if (due is { } at)
        {
            // Measured from the deadline, not from now: a clock moved before the timer exists still fires it.
            var remaining = at - time.GetUtcNow();
            waits.Add(remaining > TimeSpan.Zero ? Task.Delay(remaining, time, waitCts.Token) : Task.CompletedTask);
        }
        if (ended is not null)
        {
            waits.Add(ended);
        }
        var first = await Task.WhenAny(waits).ConfigureAwait(false);
        await waitCts.CancelAsync().ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
        return first == waits[0];
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The OBS connection loop failed; it tries again later")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to OBS {ObsVersion} at {Address}")]
    private static partial void LogConnected(ILogger logger, string address, string? obsVersion);

    [LoggerMessage(Level = LogLevel.Information, Message = "OBS at {Address} ended the connection (close code {CloseCode})")]
    private static partial void LogLost(ILogger logger, string address, int? closeCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Not connected to OBS at {Address} ({State}): {Problem}")]
    private static partial void LogNotConnected(ILogger logger, string address, ObsState state, string problem);
}
