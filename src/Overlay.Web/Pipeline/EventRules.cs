using Overlay.Web.Diagnostics;
using Overlay.Web.Events;

namespace Overlay.Web.Pipeline;

/// <summary>
/// What happens to a parsed event before the hub: room session, duplicates and backlog (protocol.md §6), gift
/// combos (§5), then <see cref="EventHub.Publish"/>. Called by the pipeline's rules loop only, one item at a time.
/// </summary>
public sealed class EventRules(GiftComboTracker combos, EventHub hub, OverlayMetrics metrics)
{
    private readonly RoomSession _session = new();

    public string RoomId => _session.RoomId;

    public void OnSocketOpened(DateTimeOffset at) => _session.OnSocketOpened(at);

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
            case GiftEvent gift:
                if (!combos.OnGift(gift))
                {
                    metrics.CountDropped(DropReason.Duplicate);
                    return;
                }
                break;
            case StreamEndEvent:
                combos.FinalizeAll();
                break;
        }
        hub.Publish(admitted);
    }
}
