namespace Overlay.Web.Events;

/// <summary>
/// The one fan-out from the pipeline to widget state. Handlers run on the pipeline's thread and must be quick:
/// update state, mark dirty, return. A throwing handler is logged and never stops the others.
/// </summary>
public sealed partial class EventHub(ILogger<EventHub> logger)
{
    private readonly HandlerList<Action<OverlayEvent>> _handlers = new();

    public IDisposable Subscribe(Action<OverlayEvent> handler) => _handlers.Add(handler);

    public void Publish(OverlayEvent evt)
    {
        foreach (var handler in _handlers.Snapshot)
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

    [LoggerMessage(Level = LogLevel.Error, Message = "A widget failed to handle a {EventType} event")]
    private static partial void LogHandlerFailed(ILogger logger, Exception ex, string eventType);
}
