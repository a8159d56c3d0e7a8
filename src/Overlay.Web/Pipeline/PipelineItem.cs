using Overlay.Web.Events;
using Overlay.Web.Upstream;

namespace Overlay.Web.Pipeline;

/// <summary>
/// One parsed event, or a socket marker, waiting in the pipeline for its rules (EventPipeline). Markers travel with
/// the events so the rules see them in arrival order.
/// </summary>
public readonly record struct PipelineItem(OverlayEvent? Event, string Name, FrameKind Kind, DateTimeOffset ReceivedAt)
{
    public static PipelineItem ForEvent(OverlayEvent evt, string name, DateTimeOffset at) => new(evt, name, FrameKind.Text, at);

    public static PipelineItem Marker(FrameKind kind, DateTimeOffset at) => new(null, "", kind, at);

    public bool IsMarker => Event is null;

    /// <summary>
    /// Counters and chat that a flood may thin out (protocol.md §9 last bullet). Gifts, follows, subscribes, shares,
    /// room and stream changes are never dropped for them. A lost gift panel update only delays a gift list refresh.
    /// </summary>
    public bool IsLowValue => Event is LikeEvent or MemberEvent or ChatEvent or EmoteEvent or ViewerCountEvent or UnknownEvent
        or GiftPanelUpdatedEvent;
}
