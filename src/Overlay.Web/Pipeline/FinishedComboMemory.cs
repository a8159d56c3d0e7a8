namespace Overlay.Web.Pipeline;

/// <summary>
/// Final counts of finished combos for <see cref="Lifetime"/> (protocol.md §5 step 7), so late copies can be
/// dropped and late end frames added without a second alert. Bounded; not thread-safe (the tracker locks).
/// </summary>
public sealed class FinishedComboMemory(int capacity = FinishedComboMemory.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly Dictionary<ComboKey, (int Count, DateTimeOffset Until)> _finished = [];
    private readonly Queue<(ComboKey Key, DateTimeOffset Until)> _expiry = new();

    public int Count => _finished.Count;

    public bool TryGetCount(ComboKey key, DateTimeOffset now, out int count)
    {
        Prune(now);
        var found = _finished.TryGetValue(key, out var entry);
        count = found ? entry.Count : 0;
        return found;
    }

    public void Remember(ComboKey key, int count, DateTimeOffset now)
    {
        var until = now + Lifetime;
        _finished[key] = (count, until);
        _expiry.Enqueue((key, until));
        while (_finished.Count > capacity && _expiry.TryDequeue(out var oldest))
        {
            Forget(oldest);
        }
    }

    public void Clear()
    {
        _finished.Clear();
        _expiry.Clear();
    }

    private void Prune(DateTimeOffset now)
    {
        while (_expiry.TryPeek(out var oldest) && oldest.Until <= now)
        {
            _expiry.Dequeue();
            Forget(oldest);
        }
    }

    // A key remembered again has a later entry in the queue; only that one may remove it.
    private void Forget((ComboKey Key, DateTimeOffset Until) entry)
    {
        if (_finished.TryGetValue(entry.Key, out var current) && current.Until == entry.Until)
        {
            _finished.Remove(entry.Key);
        }
    }
}
