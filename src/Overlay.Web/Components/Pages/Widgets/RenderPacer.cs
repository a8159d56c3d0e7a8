namespace Overlay.Web.Components.Pages.Widgets;

/// <summary>
/// When a widget page renders. The first change after a quiet spell renders at once (leading edge), so a single
/// gift shows without delay. Changes that follow within <see cref="RenderClock.MinInterval"/> wait for the next tick
/// and go out together in one diff (trailing edge). At 100 chat lines/s that is one diff per interval instead of
/// one per line, which is most of the server's and the browser's work per event.
/// </summary>
/// <remarks>
/// While changes keep coming the timer ticks periodically: re-arming a timer wakes the timer thread, which showed in
/// profiles. The first tick without a change stops it, so an idle page costs nothing.
/// </remarks>
public sealed class RenderPacer : IDisposable
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _minInterval;
    private readonly Action _render;
    private readonly ITimer _timer;
    private long _lastRender;
    private bool _rendered;
    private bool _due;
    private bool _queued;
    private bool _ticking;
    private bool _disposed;

    /// <param name="clock">The render clock and interval.</param>
    /// <param name="render">Queues the render (e.g. through InvokeAsync); the render calls <see cref="Started"/> first.</param>
    public RenderPacer(RenderClock clock, Action render)
    {
        _time = clock.Time;
        _minInterval = clock.MinInterval;
        _render = render;
        _timer = _time.CreateTimer(_ => OnTick(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The view changed. Any thread; cheap while a render is already due.</summary>
    public void Request()
    {
        lock (_gate)
        {
            if (_due || _disposed)
            {
                return;
            }
            _due = true;
            if (_ticking || _queued)
            {
                return; // The next tick, or the render that is about to read the view, takes it.
            }
            var wait = _rendered ? _minInterval - _time.GetElapsedTime(_lastRender) : TimeSpan.Zero;
            if (_minInterval > TimeSpan.Zero)
            {
                _ticking = true;
                _timer.Change(wait > TimeSpan.Zero ? wait : _minInterval, _minInterval);
            }
            if (wait > TimeSpan.Zero)
            {
                return;
            }
            Queue();
        }
        _render();
    }

    /// <summary>
    /// The render is about to read the view, so it takes every change so far; a change from now on needs another.
    /// </summary>
    public void Started()
    {
        lock (_gate)
        {
            _queued = false;
            _due = false;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }
        _timer.Dispose();
    }

    private void OnTick()
    {
        lock (_gate)
        {
            if (_disposed || _queued)
            {
                return; // A slow render: keep ticking, the change is still due.
            }
            if (!_due)
            {
                _ticking = false;
                _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                return;
            }
            Queue();
        }
        _render();
    }

    private void Queue()
    {
        _due = false;
        _queued = true;
        _lastRender = _time.GetTimestamp();
        _rendered = true;
    }
}
