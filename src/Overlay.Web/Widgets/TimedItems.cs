namespace Overlay.Web.Widgets;

/// <summary>
/// A few items that each show until their own instant (PK boosters, opponent gifts), oldest dropped past
/// <see cref="Capacity"/>. Not thread-safe: the owning state uses it under its lock.
/// </summary>
internal sealed class TimedItems<T>(int capacity)
{
    private readonly List<(T Item, DateTimeOffset Until)> _items = [];

    public int Capacity { get; } = capacity;

    public IReadOnlyList<T> Items => [.. _items.Select(i => i.Item)];

    /// <summary>When the first item leaves; <see cref="DateTimeOffset.MaxValue"/> when there is none.</summary>
    public DateTimeOffset NextDue => _items.Count == 0 ? DateTimeOffset.MaxValue : _items.Min(i => i.Until);

    public void Add(T item, DateTimeOffset until)
    {
        _items.Add((item, until));
        if (_items.Count > Capacity)
        {
            _items.RemoveAt(0);
        }
    }

    public void RemoveDue(DateTimeOffset now) => _items.RemoveAll(i => i.Until <= now);

    public void Clear() => _items.Clear();
}
