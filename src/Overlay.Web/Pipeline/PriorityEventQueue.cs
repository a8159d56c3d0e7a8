using System.Threading.Channels;

namespace Overlay.Web.Pipeline;

/// <summary>
/// The bounded queue between parsing and the rules (protocol.md §9, floods). Items leave in arrival order. When it
/// is full, the oldest low-value event (like, join, chat, viewer count, unknown) makes room; with none waiting, an
/// incoming low-value event is dropped itself; with only valuable events waiting, the oldest of those goes. Socket
/// markers are never dropped (there are a few per reconnect, and reconnects are backed off).
/// Many writers, one reader.
/// </summary>
public sealed class PriorityEventQueue
{
    public const int DefaultCapacity = 8_192;

    private readonly Lock _gate = new();
    private readonly LinkedList<PipelineItem> _items = new();
    private readonly Queue<LinkedListNode<PipelineItem>> _low = new();
    private readonly Queue<LinkedListNode<PipelineItem>> _high = new();
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public PriorityEventQueue(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    public int Capacity { get; }

    /// <summary>Events waiting; markers are not counted against the capacity.</summary>
    public int Count
    {
        get { lock (_gate) { return _low.Count + _high.Count; } }
    }

    /// <summary>
    /// Never blocks. <paramref name="dropped"/> is what was dropped to make room, if anything: an older item, or
    /// <paramref name="item"/> itself, in which case this returns false. <paramref name="wake"/> false is for the
    /// reader itself, which dequeues before it waits: completing its next <see cref="WaitAsync"/> would only cost it
    /// a needless turn.
    /// </summary>
    public bool Enqueue(PipelineItem item, out PipelineItem? dropped, bool wake = true)
    {
        PipelineItem? victim = null;
        var accepted = true;
        lock (_gate)
        {
            if (!item.IsMarker && _low.Count + _high.Count >= Capacity)
            {
                if (_low.TryDequeue(out var oldLow))
                {
                    victim = Remove(oldLow);
                }
                else if (item.IsLowValue)
                {
                    victim = item;
                    accepted = false;
                }
                else if (_high.TryDequeue(out var oldHigh))
                {
                    victim = Remove(oldHigh);
                }
            }
            if (accepted)
            {
                var node = _items.AddLast(item);
                if (!item.IsMarker)
                {
                    (item.IsLowValue ? _low : _high).Enqueue(node);
                }
            }
        }
        if (accepted && wake)
        {
            _signal.Writer.TryWrite(true);
        }
        dropped = victim;
        return accepted;
    }

    public bool TryDequeue(out PipelineItem item)
    {
        lock (_gate)
        {
            if (_items.First is not { } first)
            {
                item = default;
                return false;
            }
            // The head of the list is also the head of its own class queue: both keep arrival order.
            if (!first.Value.IsMarker)
            {
                (first.Value.IsLowValue ? _low : _high).Dequeue();
            }
            item = Remove(first);
            return true;
        }
    }

    /// <summary>Completes when an item may be waiting. Call <see cref="TryDequeue"/> until it returns false first.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken) =>
        await _signal.Reader.ReadAsync(cancellationToken);

    private PipelineItem Remove(LinkedListNode<PipelineItem> node)
    {
        _items.Remove(node);
        return node.Value;
    }
}
