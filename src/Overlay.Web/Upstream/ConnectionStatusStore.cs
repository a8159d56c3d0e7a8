using Overlay.Web.Events;

namespace Overlay.Web.Upstream;

/// <summary>Holds the latest <see cref="ConnectionStatus"/> and tells subscribers when it changes.</summary>
public sealed class ConnectionStatusStore
{
    private readonly Lock _gate = new();
    private ConnectionStatus _current = new();
    private readonly HandlerList<Action<ConnectionStatus>> _handlers = new();

    public ConnectionStatus Current => Volatile.Read(ref _current);

    public void Update(Func<ConnectionStatus, ConnectionStatus> change)
    {
        ConnectionStatus next;
        lock (_gate)
        {
            next = change(_current);
            Volatile.Write(ref _current, next);
        }
        foreach (var handler in _handlers.Snapshot)
        {
            handler(next);
        }
    }

    public IDisposable Subscribe(Action<ConnectionStatus> handler) => _handlers.Add(handler);
}
