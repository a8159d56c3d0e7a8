using System.Threading.Channels;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;
using Overlay.Web.Recording;

namespace Overlay.Web.Upstream;

/// <summary>
/// The one upstream connection (protocol.md §1, §7, §8): one socket at a time, ever. A single loop opens a socket,
/// waits for its end or a control request, asks <see cref="ReconnectPolicy"/> what to do and waits on the injected
/// <see cref="TimeProvider"/>. Control requests and late facts reach the loop through one channel.
/// </summary>
public sealed partial class UpstreamClient(
    IOptionsMonitor<UpstreamOptions> options,
    FrameChannel frames,
    ConnectionStatusStore status,
    TimeProvider time,
    IServer server,
    IHostApplicationLifetime lifetime,
    ReplayState replay,
    FrameRecorder recorder,
    ILogger<UpstreamClient> logger) : BackgroundService, IUpstreamControl, IUpstreamSessionFacts
{
    private readonly Channel<ControlCommand> _commands = Channel.CreateUnbounded<ControlCommand>(
        new UnboundedChannelOptions { SingleReader = true });
    private SessionFacts? _session;
    private UpstreamTarget? _target;
    private string _lastDemoLog = "";

    public void Connect() => _commands.Writer.TryWrite(ControlCommand.Connect);

    public void ReconnectNow() => _commands.Writer.TryWrite(ControlCommand.ReconnectNow);

    public void Disconnect() => _commands.Writer.TryWrite(ControlCommand.Disconnect);

    public void ApplyOptions() => _commands.Writer.TryWrite(ControlCommand.OptionsChanged);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The demo upstream is this app: its address is only known once Kestrel listens.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        }

        using var optionsChange = WatchOptions();
        var policy = ReconnectPolicy.Initial;
        var stopped = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (stopped)
                {
                    var command = await _commands.Reader.ReadAsync(stoppingToken).ConfigureAwait(false);
                    if (command is ControlCommand.Connect or ControlCommand.ReconnectNow or ControlCommand.OptionsChanged)
                    {
                        (stopped, policy) = (false, ReconnectPolicy.Initial);
                    }
                    continue;
                }
                (stopped, policy) = await RunOnceAsync(policy, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // Never let one bad attempt end the service; the transient wait keeps this from spinning.
                UpstreamLog.LoopFailed(logger, UrlRedactor.Redact(ex.Message, _target?.Secrets ?? []));
                await Task.Delay(ReconnectPolicy.TransientCap, time, stoppingToken).ConfigureAwait(false);
            }
        }
        status.Update(s => s with { State = ConnectionState.Idle, SummaryText = new("Shut down"), NextAttemptAt = null });
    }

    /// <summary>One attempt and the wait after it. Returns whether the client is now stopped, and the next policy.</summary>
    private async Task<(bool Stopped, ReconnectPolicy Policy)> RunOnceAsync(ReconnectPolicy policy, CancellationToken ct)
    {
        var target = ResolveTarget(out var problem);
        if (target is null)
        {
            SetStopped(StopReason.NotConfigured, StatusText.Stopped(StopReason.NotConfigured, null, null, problem), null);
            return (true, policy);
        }

        var run = await ConnectAndWaitAsync(target, policy.Attempts, ct).ConfigureAwait(false);
        switch (run.Command)
        {
            case ControlCommand.Disconnect:
                SetStopped(StopReason.UserRequested, StatusText.Stopped(StopReason.UserRequested, run, target), run);
                return (true, policy);
            case ControlCommand.OptionsChanged:
                return (false, ReconnectPolicy.Initial);
            case not null:
                // Our own replacement (§8 "evicted" by our own socket is ignored): connect again at once.
                return (false, policy);
        }

        // A replay closes its socket at the end of the file: stop there, rather than reconnect and play it again.
        if (target.IsReplay && run.End?.Cause == SocketEndCause.ServerClosed && replay.Progress is { Finished: true } done)
        {
            SetStopped(StopReason.ReplayFinished, StatusText.ReplayFinished(done), run);
            return (true, policy);
        }

        // The app is shutting down (the demo upstream closes with it): no reconnect to schedule or to log.
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return (true, policy);
        }

        var before = policy;
        var (decision, next) = before.Next(run.Classify(), run.WasHealthy);
        while (true)
        {
            if (decision.Action == ReconnectAction.Stop)
            {
                SetStopped(decision.StopReason, StatusText.Stopped(decision.StopReason, run, target), run);
                return (true, next);
            }
            if (decision.Action == ReconnectAction.ConnectNow)
            {
                return (false, next);
            }

            var due = run.EndedAt + decision.Delay;
            SetWaiting(decision, run, target, due);
            var command = await WaitUntilAsync(due, ct).ConfigureAwait(false);
            switch (command)
            {
                case null or ControlCommand.Connect or ControlCommand.ReconnectNow:
                    return (false, next);
                case ControlCommand.OptionsChanged:
                    return (false, ReconnectPolicy.Initial);
                case ControlCommand.Disconnect:
                    SetStopped(StopReason.UserRequested, StatusText.Stopped(StopReason.UserRequested, run, target), run);
                    return (true, next);
                case ControlCommand.LimitNoticeArrived when decision.Kind != CloseKind.PlanLimit:
                    // §2: the notice belongs to the close we already handled; decide that close again as a limit close.
                    (decision, next) = before.Next(run.Classify(), run.WasHealthy);
                    break;
            }
        }
    }

    private async Task<SocketRun> ConnectAndWaitAsync(UpstreamTarget target, int attempt, CancellationToken ct)
    {
        var session = new SessionFacts();
        Volatile.Write(ref _session, session);
        SetConnecting(target, attempt);
        UpstreamLog.Connecting(logger, target.SafeDescription, target.UniqueId, attempt);

        var stallAfter = TimeSpan.FromSeconds(options.CurrentValue.StallSeconds);
        // A replay is not recorded again: a recording of it would only copy the file.
        using var socket = new UpstreamSocket(target, frames, time, stallAfter, target.IsReplay ? null : recorder);
        try
        {
            await socket.OpenAsync(ct).ConfigureAwait(false);
        }
        catch (UpstreamHandshakeException refused)
        {
            ct.ThrowIfCancellationRequested();
            session.Close();
            UpstreamLog.Refused(logger, target.SafeDescription, refused.HttpStatus, refused.Message);
            return new SocketRun(session, time.GetUtcNow(), null, refused, TimeSpan.Zero, null);
        }

        SetConnected(target, session, socket.OpenedAt);
        UpstreamLog.Connected(logger, target.SafeDescription);
        ControlCommand? command = null;
        try
        {
            command = await WaitForEndOrCommandAsync(socket, ct).ConfigureAwait(false);
            var end = await socket.Ended.ConfigureAwait(false);
            if (end.Cause == SocketEndCause.Stalled)
            {
                UpstreamLog.Stalled(logger, (int)stallAfter.TotalSeconds);
                await socket.CloseAsync(SocketEndCause.Stalled, "stalled").ConfigureAwait(false);
            }
            UpstreamLog.Ended(logger, end.Cause, end.CloseCode, end.Reason, end.Error);
            var endedAt = time.GetUtcNow();
            return new SocketRun(session, endedAt, end, null, endedAt - socket.OpenedAt, command);
        }
        finally
        {
            if (!socket.Ended.IsCompleted)
            {
                await socket.CloseAsync(SocketEndCause.ClosedByUs, "shutting down").ConfigureAwait(false);
            }
            session.Close();
            frames.TryWrite(InboundFrame.SocketClosed(time.GetUtcNow()));
        }
    }
}
