using Overlay.Web.Events;

namespace Overlay.Web.Pipeline;

/// <summary>
/// Whether the stream has ended, as the hub tells it, kept once for the whole app: a <see cref="StreamEndEvent"/>
/// ends it (streamEnd/control, protocol.md §4, or a close code alone, via <see cref="StreamEndWatcher"/>); the next
/// roomInfo starts it again, since a connection counts as live once roomInfo arrives (§4). A widget created after
/// the end reads it at once, instead of showing "live" until the next end.
/// </summary>
public sealed class StreamPhase : IDisposable
{
    private readonly Lock _gate = new();
    private readonly HandlerList<Action> _handlers = new();
    private readonly IDisposable _subscription;
    private bool _ended;

    public StreamPhase(EventHub hub) => _subscription = hub.Subscribe(OnEvent);

    public bool Ended
    {
        get
        {
            lock (_gate)
            {
                return _ended;
            }
        }
    }

    /// <summary>Called on the pipeline thread when <see cref="Ended"/> changes. Subscribe first, then read
    /// <see cref="Ended"/>: a change between the two is then never missed.</summary>
    public IDisposable Subscribe(Action changed) => _handlers.Add(changed);

    public void Dispose() => _subscription.Dispose();

    private void OnEvent(OverlayEvent evt)
    {
        var next = evt switch
        {
            StreamEndEvent => true,
            RoomInfoEvent => false,
            _ => (bool?)null,
        };
        if (next is not { } ended)
        {
            return;
        }
        lock (_gate)
        {
            if (ended == _ended)
            {
                return;
            }
            _ended = ended;
        }
        // The hub already guards its own handlers; a widget state's handler only marks its view and never throws.
        foreach (var handler in _handlers.Snapshot)
        {
            handler();
        }
    }
}
