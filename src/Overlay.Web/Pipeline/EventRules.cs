using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Upstream;

namespace Overlay.Web.Pipeline;

/// <summary>
/// What happens to a parsed event before the hub: room session, duplicates and backlog (protocol.md §6), then
/// <see cref="EventHub.Publish"/>. Raw gift frames go to the <see cref="GiftComboTracker"/> instead, which publishes
/// combos (§5): the hub never carries a raw gift. The session facts the upstream client needs are reported to it
/// directly. Called by the pipeline loop only, one item at a time.
/// </summary>
public sealed class EventRules(GiftComboTracker combos, EventHub hub, OverlayMetrics metrics, IUpstreamSessionFacts upstream)
{
    /// <summary>§10 imDelete: how long a deletion is remembered, so a copy of the chat that arrives later is never shown.</summary>
    public static readonly TimeSpan DeletionMemory = TimeSpan.FromMinutes(10);

    private readonly RoomSession _session = new();
    private readonly RecentKeySet _deleted = new(DeletionMemory, capacity: 4096);

    public void OnSocketOpened(DateTimeOffset at) => _session.OnSocketOpened(at);

    /// <summary>Sizes of the bounded sets of §6 for /healthz (read off the pipeline loop, so only approximately current).</summary>
    public IEnumerable<KeyValuePair<string, long>> CollectionSizes() =>
    [
        new("seenIds", _session.SeenIdCount),
        new("recentKeys", _session.RecentKeyCount),
        new("deletedChats", _deleted.Count),
    ];

    /// <summary>§5 step 8: a closed socket will send no end frames for its open streaks.</summary>
    public void OnSocketClosed() => combos.FinalizeAll();

    /// <summary>§5 step 8: shutdown.</summary>
    public void OnShutdown() => combos.FinalizeAll();

    public void OnEvent(OverlayEvent evt, DateTimeOffset receivedAt)
    {
        var admission = _session.Admit(evt, receivedAt);
        if (admission.RoomChanged)
        {
            // The old room's streaks end with it; the RoomInfoEvent published below tells widgets to reset.
            combos.ResetRoom();
        }
        if (admission.Event is not { } admitted)
        {
            metrics.CountDropped(DropReason.Duplicate);
            return;
        }
        switch (admitted)
        {
            case ChatDeletedEvent deleted:
                // The id may be the chat's msgId or its messageUuid (§10); one set holds both kinds.
                _deleted.TryAccept(deleted.DeletedMsgId, receivedAt);
                break;
            case MemberEvent member when !member.IsBacklog:
                metrics.CountEntry(member.EntrySource, member.EntryAction);
                break;
            case ChatEvent chat when IsDeleted(chat, receivedAt):
                metrics.CountDropped(DropReason.DeletedByModerator);
                return;
            case GiftEvent gift:
                if (!combos.OnGift(gift))
                {
                    metrics.CountDropped(DropReason.Duplicate);
                }
                return;
            case RoomInfoEvent room:
                upstream.RoomSeen(room.RoomId, room.Title, room.ViewerCount);
                break;
            case ViewerCountEvent viewers:
                upstream.ViewerCountSeen(viewers.ViewerCount);
                break;
            case StreamEndEvent end:
                upstream.StreamEnded(end.Reconnect);
                combos.FinalizeAll();
                break;
            case LimitNoticeEvent notice:
                upstream.LimitNoticeSeen(notice.Kind, notice.Message);
                break;
        }
        hub.Publish(admitted);
    }

    private bool IsDeleted(ChatEvent chat, DateTimeOffset now) =>
        (chat.MsgId.Length > 0 && _deleted.Contains(chat.MsgId, now))
        || (chat.MessageUuid.Length > 0 && _deleted.Contains(chat.MessageUuid, now));
}
