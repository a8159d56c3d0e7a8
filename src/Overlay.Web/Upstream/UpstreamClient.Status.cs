using Overlay.Web.Localization;

namespace Overlay.Web.Upstream;

/// <summary>Status transitions, and the session facts the pipeline reports (<see cref="IUpstreamSessionFacts"/>).</summary>
public sealed partial class UpstreamClient
{
    private void SetConnecting(UpstreamTarget target, int attempt) => status.Update(s => s with
    {
        State = ConnectionState.Connecting,
        StopReason = StopReason.None,
        WaitReason = WaitReason.None,
        IsDemo = target.IsDemo,
        UniqueId = target.UniqueId,
        NextAttemptAt = null,
        Attempt = attempt,
        ConnectedSince = null,
        SummaryText = StatusText.Connecting(target, attempt),
    });

    private void SetConnected(UpstreamTarget target, SessionFacts session, DateTimeOffset openedAt) => status.Update(s => s with
    {
        State = ConnectionState.Connected,
        ConnectedSince = openedAt,
        RoomId = session.Room.RoomId,
        RoomTitle = session.Room.Title,
        ViewerCount = session.Room.ViewerCount,
        SummaryText = StatusText.Connected(target, session),
    });

    private void SetWaiting(ReconnectDecision decision, SocketRun run, UpstreamTarget target, DateTimeOffset due)
    {
        var stallAfter = TimeSpan.FromSeconds(options.CurrentValue.StallSeconds);
        UpstreamLog.Waiting(logger, decision.Delay.TotalSeconds, decision.Kind, decision.Attempt);
        status.Update(s => s with
        {
            State = ConnectionState.Reconnecting,
            WaitReason = decision.WaitReason,
            NextAttemptAt = due,
            Attempt = decision.Attempt,
            ConnectedSince = null,
            LastCloseCode = run.End?.CloseCode,
            LastCloseReason = CloseReasonText(run),
            SummaryText = StatusText.Waiting(decision, run, stallAfter),
        });
    }

    private void SetStopped(StopReason reason, LocalText summary, SocketRun? run)
    {
        UpstreamLog.Stopped(logger, reason, summary.ToString());
        status.Update(s => s with
        {
            State = ConnectionState.Stopped,
            StopReason = reason,
            WaitReason = WaitReason.None,
            NextAttemptAt = null,
            ConnectedSince = null,
            LastCloseCode = run is null ? s.LastCloseCode : run.End?.CloseCode,
            LastCloseReason = run is null ? s.LastCloseReason : CloseReasonText(run),
            SummaryText = summary,
        });
    }

    private static string CloseReasonText(SocketRun run) =>
        run.Session.LimitNotice ?? (run.Refused is { } refused
            ? refused.HttpStatus is { } http ? $"HTTP {http}" : refused.Message
            : run.End!.Reason);

    void IUpstreamSessionFacts.RoomSeen(string roomId, string title, long? viewerCount) =>
        WithOpenSession(session => session.OnRoomInfo(roomId, title, viewerCount));

    void IUpstreamSessionFacts.ViewerCountSeen(long viewerCount) => WithOpenSession(session => session.OnViewerCount(viewerCount));

    void IUpstreamSessionFacts.StreamEnded(bool reconnect) => WithOpenSession(session => session.OnStreamEnd(reconnect));

    void IUpstreamSessionFacts.LimitNoticeSeen(string kind, string message)
    {
        if (Volatile.Read(ref _session) is not { } session || Volatile.Read(ref _target) is not { } target)
        {
            return;
        }
        session.OnLimitNotice(target.Redact(message.Length > 0 ? message : kind));
        if (!session.IsOpen)
        {
            _commands.Writer.TryWrite(ControlCommand.LimitNoticeArrived);
        }
    }

    // A fact about a socket that has already closed belongs to no session: the next socket starts afresh.
    private void WithOpenSession(Action<SessionFacts> apply)
    {
        if (Volatile.Read(ref _session) is not { IsOpen: true } session || Volatile.Read(ref _target) is not { } target)
        {
            return;
        }
        apply(session);
        status.Update(s => s.State == ConnectionState.Connected && ReferenceEquals(Volatile.Read(ref _session), session)
            ? s with
            {
                RoomId = session.Room.RoomId,
                RoomTitle = session.Room.Title,
                ViewerCount = session.Room.ViewerCount,
                SummaryText = StatusText.Connected(target, session),
            }
            : s);
    }
}
