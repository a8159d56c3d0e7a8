using Overlay.Web.Events;

namespace Overlay.Web.State;

/// <summary>
/// Whether the stream has ended, as the hub tells it: a <see cref="StreamEndEvent"/> ends it (streamEnd/control,
/// protocol.md §4, or a close code alone, via <see cref="StreamEndWatcher"/>); the next roomInfo starts it again,
/// since a connection counts as live once roomInfo arrives (§4). Any widget state can keep one. Not thread-safe:
/// call it under the state's own lock.
/// </summary>
public sealed class StreamPhase
{
    public bool Ended { get; private set; }

    /// <summary>True when <paramref name="evt"/> changed <see cref="Ended"/>.</summary>
    public bool Apply(OverlayEvent evt)
    {
        var next = evt switch
        {
            StreamEndEvent => true,
            RoomInfoEvent => false,
            _ => Ended,
        };
        if (next == Ended)
        {
            return false;
        }
        Ended = next;
        return true;
    }
}
