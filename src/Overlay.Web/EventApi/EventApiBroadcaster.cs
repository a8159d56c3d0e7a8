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
    private readonly HandlerList<EventApiClient> _clients = new();
    private readonly IDisposable _subscription;

    public EventApiBroadcaster(EventHub hub, TimeProvider time)
    {
        _time = time;
        _subscription = hub.Subscribe(OnEvent);
    }

    /// <summary>
    /// Starts sending to <paramref name="client"/> unless <paramref name="max"/> clients are connected already
    /// (null then); disposing the result stops and completes it.
    /// </summary>
    internal IDisposable? TryAdd(EventApiClient client, int max) =>
        _clients.TryAdd(client, max) is { } subscription ? new Registration(subscription, client) : null;

    public void Dispose() => _subscription.Dispose();

    private void OnEvent(OverlayEvent evt)
    {
        var clients = _clients.Snapshot;
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

    private sealed class Registration(IDisposable subscription, EventApiClient client) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                subscription.Dispose();
                client.Complete();
            }
        }
    }
}
