namespace Overlay.Web.Upstream;

/// <summary>Holds the latest <see cref="ConnectionStatus"/> and tells subscribers when it changes.</summary>
public sealed class ConnectionStatusStore
{
    private readonly Lock _gate = new();
    private ConnectionStatus _current = new();
    private Action<ConnectionStatus>[] _handlers = [];

    public ConnectionStatus Current => Volatile.Read(ref _current);

    public void Update(Func<ConnectionStatus, ConnectionStatus> change)
    {
        ConnectionStatus next;
        lock (_gate)
        {
            next = change(_current);
            Volatile.Write(ref _current, next);
        }
        foreach (var handler in Volatile.Read(ref _handlers))
        {
            handler(next);
        }
    }

    public IDisposable Subscribe(Action<ConnectionStatus> handler)
    {
        lock (_gate)
        {
            _handlers = [.. _handlers, handler];
        }
        return new Unsubscriber(() =>
        {
            lock (_gate)
            {
                _handlers = [.. _handlers.Where(h => h != handler)];
            }
        });
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                dispose();
            }
        }
    }
}
