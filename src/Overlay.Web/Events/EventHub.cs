namespace Overlay.Web.Events;

/// <summary>
/// The one fan-out from the pipeline to widget state. Handlers run on the pipeline's thread and must be quick:
/// update state, mark dirty, return. A throwing handler is logged and never stops the others.
/// </summary>
public sealed partial class EventHub(ILogger<EventHub> logger)
{
    private readonly Lock _gate = new();
    private Action<OverlayEvent>[] _handlers = [];

    public IDisposable Subscribe(Action<OverlayEvent> handler)
    {
        lock (_gate)
        {
            _handlers = [.. _handlers, handler];
        }
        return new Subscription(this, handler);
    }

    public void Publish(OverlayEvent evt)
    {
        // Copy-on-write array: publishing never takes the lock.
        foreach (var handler in Volatile.Read(ref _handlers))
        {
            try
            {
                handler(evt);
            }
            catch (Exception ex)
            {
                LogHandlerFailed(logger, ex, evt.GetType().Name);
            }
        }
    }

    private void Unsubscribe(Action<OverlayEvent> handler)
    {
        lock (_gate)
        {
            _handlers = [.. _handlers.Where(h => h != handler)];
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A widget failed to handle a {EventType} event")]
    private static partial void LogHandlerFailed(ILogger logger, Exception ex, string eventType);

    private sealed class Subscription(EventHub hub, Action<OverlayEvent> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                hub.Unsubscribe(handler);
            }
        }
    }
}
