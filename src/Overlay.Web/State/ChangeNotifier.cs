namespace Overlay.Web.State;

/// <summary>
/// The <see cref="IViewSource{TView}.Subscribe"/> half of a widget state. Handlers run on the pipeline or a timer
/// thread; one that throws is logged and skipped, because an exception escaping a timer callback ends the process.
/// </summary>
public sealed partial class ChangeNotifier(ILogger logger)
{
    private readonly Lock _gate = new();
    private Action[] _handlers = [];

    public IDisposable Subscribe(Action changed)
    {
        lock (_gate)
        {
            _handlers = [.. _handlers, changed];
        }
        return new Subscription(this, changed);
    }

    public void Notify()
    {
        foreach (var handler in Volatile.Read(ref _handlers))
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

    private void Unsubscribe(Action changed)
    {
        lock (_gate)
        {
            _handlers = [.. _handlers.Where(h => h != changed)];
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A widget page failed to take a view change")]
    private static partial void LogHandlerFailed(ILogger logger, Exception ex);

    private sealed class Subscription(ChangeNotifier owner, Action changed) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Unsubscribe(changed);
            }
        }
    }
}
