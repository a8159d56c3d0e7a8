using Microsoft.Extensions.Options;

namespace Overlay.Web.Security;

/// <summary>
/// Counts Blazor circuits (each open widget page or admin tab holds one, kept a while after it disconnects) and
/// circuit WebSockets, per remote address and in all. A circuit costs memory and, on a busy LIVE, CPU for every
/// event, so one device on the network must not be able to open hundreds. The limits are far above any real
/// setup (<see cref="SecurityOptions.MaxCircuitsPerAddress"/>, <see cref="SecurityOptions.MaxCircuits"/>).
/// </summary>
public sealed class CircuitLimiter(IOptionsMonitor<SecurityOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Circuits, int Sockets)> _byAddress = new(StringComparer.Ordinal);
    private int _circuits;
    private int _sockets;

    public int Circuits
    {
        get
        {
            lock (_gate)
            {
                return _circuits;
            }
        }
    }

    /// <summary>Whether a new circuit connection from <paramref name="address"/> would go over a limit.</summary>
    public bool IsFull(string address)
    {
        var limits = options.CurrentValue;
        lock (_gate)
        {
            var mine = _byAddress.GetValueOrDefault(address);
            return Math.Max(mine.Circuits, mine.Sockets) >= limits.MaxCircuitsPerAddress
                || Math.Max(_circuits, _sockets) >= limits.MaxCircuits;
        }
    }

    public void CircuitOpened(string address) => Change(address, circuits: 1, sockets: 0);

    public void CircuitClosed(string address) => Change(address, circuits: -1, sockets: 0);

    /// <summary>Counts one circuit WebSocket until the returned handle is disposed.</summary>
    public IDisposable SocketOpened(string address)
    {
        Change(address, circuits: 0, sockets: 1);
        return new Release(() => Change(address, circuits: 0, sockets: -1));
    }

    private void Change(string address, int circuits, int sockets)
    {
        lock (_gate)
        {
            var (c, s) = _byAddress.GetValueOrDefault(address);
            (c, s) = (c + circuits, s + sockets);
            if (c <= 0 && s <= 0)
            {
                _byAddress.Remove(address);
            }
            else
            {
                _byAddress[address] = (c, s);
            }
            _circuits += circuits;
            _sockets += sockets;
        }
    }

    private sealed class Release(Action release) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                release();
            }
        }
    }
}
