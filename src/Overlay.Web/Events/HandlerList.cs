namespace Overlay.Web.Events;

/// <summary>
/// The subscriber list behind every publish/subscribe point in the app (hub, status, registry, widget state,
/// admin settings, event API clients). Copy-on-write: subscribing takes a lock, publishing reads a snapshot and
/// never does. Each owner keeps its own policy for a handler that throws. Handlers are compared by reference.
/// </summary>
public sealed class HandlerList<T> where T : class
{
    private readonly Lock _gate = new();
    private T[] _handlers = [];

    /// <summary>The handlers at this moment; safe to enumerate while others subscribe or leave.</summary>
    public T[] Snapshot => Volatile.Read(ref _handlers);

    /// <summary>Adds a handler; disposing the result removes it (once, from any thread).</summary>
    public IDisposable Add(T handler)
    {
        lock (_gate)
        {
            _handlers = [.. _handlers, handler];
        }
        return new Subscription(this, handler);
    }

    /// <summary>Adds a handler unless <paramref name="max"/> are there already; null then.</summary>
    public IDisposable? TryAdd(T handler, int max)
    {
        lock (_gate)
        {
            if (_handlers.Length >= max)
            {
                return null;
            }
            _handlers = [.. _handlers, handler];
        }
        return new Subscription(this, handler);
    }

    private void Remove(T handler)
    {
        lock (_gate)
        {
            _handlers = [.. _handlers.Where(h => h != handler)];
        }
    }

    private sealed class Subscription(HandlerList<T> list, T handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                list.Remove(handler);
            }
        }
    }
}
