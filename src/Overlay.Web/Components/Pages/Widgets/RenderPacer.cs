namespace Overlay.Web.Components.Pages.Widgets;

/// <summary>
/// When a widget page renders. A change renders at once while fewer than <see cref="RenderClock.DiffsInFlight"/> diffs
/// are on their way to the browser, so on a quiet page every gift and chat line shows at once, without waiting a round
/// trip behind the one before it. Changes that arrive while that many diffs are unacknowledged wait for the browser
/// and go out together in the next one: a slow browser sets its own pace. Only a genuinely busy page, one whose changes keep
/// coming faster than <see cref="RenderClock.BusyChangesPerSecond"/>, is also held to one diff per
/// <see cref="RenderClock.MinInterval"/>. At 200 chat lines/s that is ~30 diffs/s instead of 200, which is most of the
/// server's and the browser's work per event; a page that shows one line at a time pays no wait for it.
/// </summary>
/// <remarks>
/// While changes wait the timer ticks periodically: re-arming a timer wakes the timer thread, which showed in
/// profiles. The first tick without a change stops it, so an idle page costs nothing. A diff the browser never
/// acknowledges (a dropped connection, a render that failed) stops holding changes back after
/// <see cref="StallTimeout"/>.
/// </remarks>
public sealed class RenderPacer : IDisposable
{
    /// <summary>How long an unacknowledged diff holds the next one back.</summary>
    public static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(1);

    // The change rate is a moving average of the gaps over about this many changes (a gap counts as at most
    // MaxGap), so a quick pair after a quiet spell is not "busy", and a page that slows down is not busy for long.
    private const int RateWindow = 8;
    private static readonly TimeSpan MaxGap = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StallTick = TimeSpan.FromMilliseconds(100);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _minInterval;
    private readonly TimeSpan _busyGap;
    private readonly TimeSpan _tick;
    private readonly int _maxInFlight;
    private readonly Action _render;
    private readonly ITimer _timer;
    private long _lastRender;
    private long _lastChange;
    private double _meanGapTicks = MaxGap.Ticks;
    private bool _rendered;
    private bool _due;
    private bool _queued;
    private int _inFlight;
    private bool _ticking;
    private bool _disposed;

    /// <param name="clock">The render clock and pacing.</param>
    /// <param name="render">
    /// Queues the render (e.g. through InvokeAsync); the render calls <see cref="Started"/> first and
    /// <see cref="Completed"/> once the browser has applied its diff (or when there was nothing to send).
    /// </param>
    public RenderPacer(RenderClock clock, Action render)
    {
        _time = clock.Time;
        _minInterval = clock.MinInterval;
        _busyGap = clock.BusyChangesPerSecond > 0 ? TimeSpan.FromSeconds(1 / clock.BusyChangesPerSecond) : TimeSpan.MaxValue;
        _maxInFlight = clock.DiffsInFlight;
        _tick = _minInterval > TimeSpan.Zero && _minInterval < StallTick ? _minInterval : StallTick;
        _render = render;
        _timer = _time.CreateTimer(_ => OnTick(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The view changed. Any thread; cheap while a render is already due.</summary>
    public void Request()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            NoteChange();
            if (_due)
            {
                return;
            }
            _due = true;
            if (!TryQueue())
            {
                return;
            }
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
            _inFlight++;
        }
    }

    /// <summary>The browser has applied a diff (or there was none to send): a waiting change may go now.</summary>
    public void Completed()
    {
        lock (_gate)
        {
            _inFlight = Math.Max(0, _inFlight - 1);
            if (_disposed || !_due || _queued || !TryQueue())
            {
                return;
            }
        }
        _render();
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
            if (_inFlight > 0 && _time.GetElapsedTime(_lastRender) >= StallTimeout)
            {
                _inFlight = 0;
            }
            if (!TryQueue(fromTick: true))
            {
                return;
            }
        }
        _render();
    }

    private void NoteChange()
    {
        var now = _time.GetTimestamp();
        if (_lastChange != 0)
        {
            var gap = Math.Min(_time.GetElapsedTime(_lastChange, now).Ticks, MaxGap.Ticks);
            _meanGapTicks += (gap - _meanGapTicks) / RateWindow;
        }
        _lastChange = now;
    }

    /// <summary>Queues the due change if nothing holds it back, else makes sure a tick or an acknowledgement will.</summary>
    private bool TryQueue(bool fromTick = false)
    {
        if (_queued)
        {
            return false; // The render that is about to read the view takes it.
        }
        var busy = _rendered && _meanGapTicks < _busyGap.Ticks;
        // A busy page renders on the ticks while they run: they are one interval apart (a timer fires late, never
        // early, so a tick does not check the interval again).
        var wait = busy && !fromTick ? _minInterval - _time.GetElapsedTime(_lastRender) : TimeSpan.Zero;
        if (_inFlight >= _maxInFlight || wait > TimeSpan.Zero || (busy && _ticking && !fromTick && _minInterval > TimeSpan.Zero))
        {
            if (!_ticking)
            {
                _ticking = true;
                _timer.Change(wait > TimeSpan.Zero && wait < _tick ? wait : _tick, _tick);
            }
            return false;
        }
        _due = false;
        _queued = true;
        _lastRender = _time.GetTimestamp();
        _rendered = true;
        return true;
    }
}
