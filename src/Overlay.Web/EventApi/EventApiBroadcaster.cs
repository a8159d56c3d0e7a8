using System.Text.Json;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;

namespace Overlay.Web.EventApi;

/// <summary>
/// Subscribes to the EventHub once and hands each published event to every connected client that wants its type,
/// serialized once. Runs on the hub's thread (and the combo tracker's timer threads): maps, serializes and
/// enqueues, nothing else. With no client connected an event costs one array read.
/// </summary>
public sealed class EventApiBroadcaster : IDisposable
{
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly IDisposable _subscription;
    private EventApiClient[] _clients = [];

    public EventApiBroadcaster(EventHub hub, TimeProvider time)
    {
        _time = time;
        _subscription = hub.Subscribe(OnEvent);
    }

    public int ClientCount => Volatile.Read(ref _clients).Length;

    /// <summary>Adds the client unless <paramref name="max"/> are connected already; null then.</summary>
    internal IDisposable? TryAdd(EventApiClient client, int max)
    {
        lock (_gate)
        {
            if (_clients.Length >= max)
            {
                return null;
            }
            _clients = [.. _clients, client];
        }
        return new Registration(this, client);
    }

    public void Dispose() => _subscription.Dispose();

    private void OnEvent(OverlayEvent evt)
    {
        var clients = Volatile.Read(ref _clients);
        if (clients.Length == 0 || ApiEventMapper.Map(evt, _time.GetUtcNow()) is not var (type, message))
        {
            return;
        }
        byte[]? payload = null;
        foreach (var client in clients)
        {
            if (client.Wants(type))
            {
                payload ??= JsonSerializer.SerializeToUtf8Bytes(message, OverlayJsonContext.Default.ApiMessage);
                client.Offer(payload);
            }
        }
    }

    private void Remove(EventApiClient client)
    {
        lock (_gate)
        {
            _clients = [.. _clients.Where(c => c != client)];
        }
        client.Complete();
    }

    private sealed class Registration(EventApiBroadcaster owner, EventApiClient client) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(client);
            }
        }
    }
}
