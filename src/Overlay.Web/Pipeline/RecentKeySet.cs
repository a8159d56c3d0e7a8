namespace Overlay.Web.Pipeline;

/// <summary>
/// Keys accepted within a time window, for events without any id (protocol.md §6): the first one passes, copies
/// within <see cref="Window"/> of it do not. Bounded: past <see cref="Capacity"/> the oldest key is forgotten.
/// Not thread-safe: only the pipeline loop uses it.
/// </summary>
public sealed class RecentKeySet(TimeSpan window, int capacity = RecentKeySet.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    private readonly Dictionary<string, DateTimeOffset> _acceptedAt = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();

    public TimeSpan Window { get; } = window;

    public int Capacity { get; } = capacity;

    public int Count => _acceptedAt.Count;

    /// <summary>True when <paramref name="key"/> was not accepted within the window before <paramref name="now"/>.</summary>
    public bool TryAccept(string key, DateTimeOffset now)
    {
        Prune(now);
        if (_acceptedAt.TryGetValue(key, out var at) && now - at < Window)
        {
            return false;
        }
        _acceptedAt[key] = now;
        _order.Enqueue((key, now));
        while (_acceptedAt.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            Forget(oldest);
        }
        return true;
    }

    /// <summary>True when <paramref name="key"/> was accepted within the window before <paramref name="now"/>.</summary>
    public bool Contains(string key, DateTimeOffset now)
    {
        Prune(now);
        return _acceptedAt.TryGetValue(key, out var at) && now - at < Window;
    }

    public void Clear()
    {
        _acceptedAt.Clear();
        _order.Clear();
    }

    private void Prune(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && now - oldest.At >= Window)
        {
            _order.Dequeue();
            Forget(oldest);
        }
    }

    // A key accepted again later has a newer entry in the queue; only its own entry may remove it.
    private void Forget((string Key, DateTimeOffset At) entry)
    {
        if (_acceptedAt.TryGetValue(entry.Key, out var at) && at == entry.At)
        {
            _acceptedAt.Remove(entry.Key);
        }
    }
}
