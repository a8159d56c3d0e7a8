namespace Overlay.Web.Pipeline;

/// <summary>
/// The most recent <see cref="Capacity"/> message ids (protocol.md §6), O(1) per check. Not thread-safe: only the
/// pipeline loop uses it.
/// </summary>
public sealed class SeenIdSet(int capacity = SeenIdSet.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count => _ids.Count;

    /// <summary>Remembers <paramref name="id"/>; false when it was already among the recent ids.</summary>
    public bool Add(string id)
    {
        if (!_ids.Add(id))
        {
            return false;
        }
        _order.Enqueue(id);
        if (_order.Count > Capacity)
        {
            _ids.Remove(_order.Dequeue());
        }
        return true;
    }

    public void Clear()
    {
        _ids.Clear();
        _order.Clear();
    }
}
