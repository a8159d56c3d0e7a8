using Overlay.Web.Diagnostics;
using Overlay.Web.Events;

namespace Overlay.Web.Protocol;

/// <summary>
/// What one frame became: an event, a housekeeping frame to ignore (ping, pong, _journal: both null), or a drop
/// with its reason and a short detail for the (rate-limited) log line. Detail never quotes frame contents at length.
/// </summary>
public readonly record struct FrameParseResult(OverlayEvent? Event, string EventName, DropReason? Drop, string? Detail)
{
    public static FrameParseResult Ignored(string name) => new(null, name, null, null);

    public static FrameParseResult Dropped(DropReason reason, string detail) => new(null, "", reason, detail);

    public static FrameParseResult Parsed(string name, OverlayEvent evt) => new(evt, name, null, null);
}
