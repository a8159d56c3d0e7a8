using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Widgets.Kinds;
using Overlay.Widgets.ActionsScreen;

namespace Overlay.Web.Widgets;

/// <summary>
/// One actions screen: items from Actions &amp; Events rules, shown one at a time for each item's own display time,
/// then the next in arrival order. It takes no hub events: only <see cref="Show"/> fills it, so nothing a screen
/// does can ever reach the hub (or a rule) again. A full queue drops the new item, counted and logged.
/// </summary>
public sealed partial class ActionsScreenState : WidgetState<ActionsScreenView, ActionsScreenSettings>
{
    private readonly TimeProvider _time;
    private readonly OverlayMetrics _metrics;
    private readonly ILogger<ActionsScreenState> _logger;
    private readonly DropLogThrottle _dropLog;
    private readonly Queue<ScreenItem> _waiting = new();
    private ActionsScreenSettings _settings;
    private ScreenItem? _showing;
    private ITimer? _timer;
    private long _nextId;
    private bool _disposed;

    public ActionsScreenState(ActionsScreenSettings settings, TimeProvider time, OverlayMetrics metrics, ILogger<ActionsScreenState> logger)
        : base(ActionsScreenView.Empty, logger)
    {
        _settings = settings;
        _time = time;
        _metrics = metrics;
        _logger = logger;
        _dropLog = new DropLogThrottle(time);
    }

    /// <summary>Queues <paramref name="item"/> (its id is replaced by this screen's next one). False when the queue is full.</summary>
    public bool Show(ScreenItem item)
    {
        int maxQueue;
        bool accepted;
        lock (Gate)
        {
            if (_disposed)
            {
                return false;
            }
            maxQueue = _settings.MaxQueue;
            accepted = _showing is null || _waiting.Count < maxQueue;
            if (accepted)
            {
                _waiting.Enqueue(item with { Id = ++_nextId, DisplayMilliseconds = Math.Max(100, item.DisplayMilliseconds) });
                if (_showing is null)
                {
                    ShowNext();
                }
                Publish();
            }
        }
        if (!accepted)
        {
            _metrics.CountDropped(DropReason.ActionsScreenQueueFull);
            if (_dropLog.ShouldLog(DropReason.ActionsScreenQueueFull, out var suppressed))
            {
                LogDropped(_logger, maxQueue, suppressed);
            }
            return false;
        }
        Notify();
        return true;
    }

    protected override IEnumerable<string> Validate(ActionsScreenSettings settings) => WidgetKinds.ActionsScreen.Validate(settings, "Actions screen");

    protected override void Apply(ActionsScreenSettings settings)
    {
        lock (Gate)
        {
            _settings = settings;
        }
    }

    protected override void OnDisposed()
    {
        lock (Gate)
        {
            _disposed = true;
            _timer?.Dispose();
        }
    }

    // Under Gate.
    private void ShowNext()
    {
        _timer?.Dispose();
        _timer = null;
        if (!_waiting.TryDequeue(out var next))
        {
            _showing = null;
            return;
        }
        _showing = next;
        _timer = _time.CreateTimer(OnDisplayEnded, next.Id, TimeSpan.FromMilliseconds(next.DisplayMilliseconds), Timeout.InfiniteTimeSpan);
    }

    private void OnDisplayEnded(object? state)
    {
        lock (Gate)
        {
            if (_disposed || _showing?.Id != (long)state!)
            {
                return;
            }
            ShowNext();
            Publish();
        }
        Notify();
    }

    // Under Gate.
    private void Publish() => View = new ActionsScreenView(_showing, _waiting.Count);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Actions screen queue full ({MaxQueue} waiting): dropped a rule's item; {Suppressed} more were not logged in the last 10 s")]
    private static partial void LogDropped(ILogger logger, int maxQueue, long suppressed);
}
