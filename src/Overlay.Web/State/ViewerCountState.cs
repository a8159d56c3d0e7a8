using Overlay.Web.Events;
using Overlay.Widgets.Shared;
using Overlay.Widgets.ViewerCount;

namespace Overlay.Web.State;

/// <summary>
/// The room's viewer count from roomUserSeq and roomInfo's user_count (protocol.md §4), with the peak of this
/// stream. A new roomId starts the count and the peak over; backlog counts too (it is a counter, §6).
/// </summary>
public sealed class ViewerCountState : IViewSource<ViewerCountView>, IReconfigurable<ViewerCountSettings>, IDisposable
{
    private readonly Lock _gate = new();
    private readonly ChangeNotifier _changed;
    private readonly IDisposable _subscription;
    private readonly StreamPhase _phase = new();
    private ViewerCountView _current;
    private string _roomId = "";

    public ViewerCountState(ViewerCountSettings settings, EventHub hub, ILogger<ViewerCountState> logger)
    {
        _current = Apply(ViewerCountView.Empty, settings);
        _changed = new ChangeNotifier(logger);
        _subscription = hub.Subscribe(OnEvent);
    }

    public ViewerCountView Current => Volatile.Read(ref _current);

    public IDisposable Subscribe(Action changed) => _changed.Subscribe(changed);

    public void Dispose() => _subscription.Dispose();

    public void Reconfigure(ViewerCountSettings settings)
    {
        ThrowIfInvalid(settings);
        lock (_gate)
        {
            Volatile.Write(ref _current, Apply(_current, settings) with { StreamEnd = StreamEndView.For(settings) with { Ended = _phase.Ended } });
        }
        _changed.Notify();
    }

    private void OnEvent(OverlayEvent evt)
    {
        lock (_gate)
        {
            var view = _current;
            if (_phase.Apply(evt))
            {
                view = view with { StreamEnd = view.StreamEnd with { Ended = _phase.Ended } };
            }
            view = evt switch
            {
                RoomInfoEvent info => OnRoomInfo(view, info),
                ViewerCountEvent count => Count(view, count.ViewerCount),
                _ => view,
            };
            if (ReferenceEquals(view, _current))
            {
                return;
            }
            Volatile.Write(ref _current, view);
        }
        _changed.Notify();
    }

    private ViewerCountView OnRoomInfo(ViewerCountView view, RoomInfoEvent info)
    {
        if (info.RoomId.Length > 0 && !string.Equals(info.RoomId, _roomId, StringComparison.Ordinal))
        {
            if (_roomId.Length > 0)
            {
                view = view with { Viewers = null, Peak = 0 };
            }
            _roomId = info.RoomId;
        }
        return info.ViewerCount is { } viewers ? Count(view, viewers) : view;
    }

    private static ViewerCountView Count(ViewerCountView view, long viewers)
    {
        viewers = Math.Max(0, viewers);
        return view.Viewers == viewers ? view : view with { Viewers = viewers, Peak = Math.Max(view.Peak, viewers) };
    }

    private static ViewerCountView Apply(ViewerCountView view, ViewerCountSettings settings) =>
        view with { Label = settings.Label, ShowPeak = settings.ShowPeak, StreamEnd = StreamEndView.For(settings) };

    private static void ThrowIfInvalid(ViewerCountSettings settings)
    {
        if (string.Join(" ", WidgetSettingsValidator.Validate(settings, "Viewer count")) is { Length: > 0 } problems)
        {
            throw new ArgumentException(problems, nameof(settings));
        }
    }
}
