using Overlay.Web.Events;

namespace Overlay.Web.Widgets;

/// <summary>
/// The <see cref="IViewSource{TView}.Subscribe"/> half of a widget state. Handlers run on the pipeline or a timer
/// thread; one that throws is logged and skipped, because an exception escaping a timer callback ends the process.
/// </summary>
public sealed partial class ChangeNotifier(ILogger logger)
{
    private readonly HandlerList<Action> _handlers = new();

    public IDisposable Subscribe(Action changed) => _handlers.Add(changed);

    public void Notify()
    {
        foreach (var handler in _handlers.Snapshot)
        {
            try
            {
                handler();
            }
            catch (Exception ex)
            {
                LogHandlerFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A widget page failed to take a view change")]
    private static partial void LogHandlerFailed(ILogger logger, Exception ex);
}
