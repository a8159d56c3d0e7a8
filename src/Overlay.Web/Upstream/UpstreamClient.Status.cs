using Overlay.Web.Events;

namespace Overlay.Web.Upstream;

/// <summary>Status transitions, and what the EventHub tells us about the room.</summary>
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
        Summary = StatusText.Connecting(target, attempt),
    });

    private void SetConnected(UpstreamTarget target, SessionFacts session, DateTimeOffset openedAt) => status.Update(s => s with
    {
        State = ConnectionState.Connected,
        ConnectedSince = openedAt,
        RoomId = session.Room.RoomId,
        RoomTitle = session.Room.Title,
        ViewerCount = session.Room.ViewerCount,
        Summary = StatusText.Connected(target, session),
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
            Summary = StatusText.Waiting(decision, run, stallAfter),
        });
    }

    private void SetStopped(StopReason reason, string summary, SocketRun? run)
    {
        UpstreamLog.Stopped(logger, reason, summary);
        status.Update(s => s with
        {
            State = ConnectionState.Stopped,
            StopReason = reason,
            WaitReason = WaitReason.None,
            NextAttemptAt = null,
            ConnectedSince = null,
            LastCloseCode = run is null ? s.LastCloseCode : run.End?.CloseCode,
            LastCloseReason = run is null ? s.LastCloseReason : CloseReasonText(run),
            Summary = summary,
        });
    }

    private static string CloseReasonText(SocketRun run) =>
        run.Session.LimitNotice ?? (run.Refused is { } refused
            ? refused.HttpStatus is { } http ? $"HTTP {http}" : refused.Message
            : run.End!.Reason);

    private void OnEvent(OverlayEvent evt)
    {
        if (Volatile.Read(ref _session) is not { } session || Volatile.Read(ref _target) is not { } target)
        {
            return;
        }
        switch (evt)
        {
            case RoomInfoEvent room when session.IsOpen:
                session.OnRoomInfo(room.RoomId, room.Title, room.ViewerCount);
                break;
            case ViewerCountEvent viewers when session.IsOpen:
                session.OnViewerCount(viewers.ViewerCount);
                break;
            case StreamEndEvent when session.IsOpen:
                session.OnStreamEnd();
                break;
            case LimitNoticeEvent notice:
                session.OnLimitNotice(target.Redact(notice.Message.Length > 0 ? notice.Message : notice.Kind));
                if (!session.IsOpen)
                {
                    _commands.Writer.TryWrite(ControlCommand.LimitNoticeArrived);
                }
                return;
            default:
                return;
        }
        status.Update(s => s.State == ConnectionState.Connected && ReferenceEquals(Volatile.Read(ref _session), session)
            ? s with
            {
                RoomId = session.Room.RoomId,
                RoomTitle = session.Room.Title,
                ViewerCount = session.Room.ViewerCount,
                Summary = StatusText.Connected(target, session),
            }
            : s);
    }
}
