using Overlay.Web.Events;
using Overlay.Widgets.Captions;

namespace Overlay.Web.Widgets;

/// <summary>
/// TikTok's live captions (protocol.md §10): the partial window being spoken is one line, replaced in place by each
/// next window and then by the final one (same line id, so the page only changes its text). Final lines stay for
/// <see cref="CaptionsSettings.LineSeconds"/> and at most <see cref="CaptionsSettings.MaxLines"/> of them; a partial
/// line that never gets its final one leaves after the same time. One timer on <see cref="TimeProvider"/>, armed
/// only while a line is on screen.
/// </summary>
public sealed class CaptionsState : WidgetState<CaptionsView, CaptionsSettings>
{
    private readonly TimeProvider _time;
    private readonly ITimer _expiry;
    private readonly List<(CaptionLine Line, DateTimeOffset Until)> _finals = [];
    private (CaptionLine Line, DateTimeOffset Until)? _partial;
    private CaptionsSettings _settings;
    private long _nextId;

    public CaptionsState(CaptionsSettings settings, EventHub hub, TimeProvider time, ILogger<CaptionsState> logger)
        : base(CaptionsView.Empty with { Style = settings.Style }, logger)
    {
        _time = time;
        _settings = settings;
        _expiry = time.CreateTimer(_ => RemoveExpired(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Start(hub);
    }

    protected override IEnumerable<string> Validate(CaptionsSettings settings) => WidgetKinds.Captions.Validate(settings, "Captions");

    protected override void Apply(CaptionsSettings settings)
    {
        lock (Gate)
        {
            _settings = settings;
            Trim();
            Publish();
        }
        Notify();
    }

    protected override void OnDisposed() => _expiry.Dispose();

    protected override void OnEvent(OverlayEvent evt)
    {
        if (evt is not CaptionEvent caption)
        {
            return;
        }
        lock (Gate)
        {
            var until = _time.GetUtcNow() + TimeSpan.FromSeconds(_settings.LineSeconds);
            var text = caption.Text.Trim();
            var id = _partial?.Line.Id ?? ++_nextId;
            if (caption.IsFinal)
            {
                _partial = null;
                if (text.Length > 0)
                {
                    _finals.Add((new CaptionLine(id, text, true), until));
                    Trim();
                }
            }
            else
            {
                // An empty window says nothing yet: keep what is shown rather than blink an empty line.
                if (text.Length == 0)
                {
                    return;
                }
                _partial = (new CaptionLine(id, text, false), until);
            }
            Publish();
        }
        Notify();
    }

    private void RemoveExpired()
    {
        lock (Gate)
        {
            var now = _time.GetUtcNow();
            _finals.RemoveAll(f => f.Until <= now);
            if (_partial is { Until: var until } && until <= now)
            {
                _partial = null;
            }
            Publish();
        }
        Notify();
    }

    // Under Gate: the oldest final lines go first.
    private void Trim()
    {
        var extra = _finals.Count - _settings.MaxLines;
        if (extra > 0)
        {
            _finals.RemoveRange(0, extra);
        }
    }

    // Under Gate: the new view, and the timer set for the first line to leave.
    private void Publish()
    {
        var lines = _finals.Select(f => f.Line).ToList();
        if (_partial is { Line: var partial })
        {
            lines.Add(partial);
        }
        View = new CaptionsView(lines, _settings.Style);
        var due = _finals.Select(f => f.Until).Concat(_partial is { Until: var u } ? [u] : []).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        _expiry.Change(due == DateTimeOffset.MaxValue ? Timeout.InfiniteTimeSpan : Max(due - _time.GetUtcNow(), TimeSpan.Zero), Timeout.InfiniteTimeSpan);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
