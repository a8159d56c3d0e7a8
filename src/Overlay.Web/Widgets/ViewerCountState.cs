using Overlay.Web.Pipeline;
using Overlay.Web.Events;
using Overlay.Widgets.Shared;
using Overlay.Widgets.ViewerCount;

namespace Overlay.Web.Widgets;

/// <summary>
/// The room's viewer count from roomUserSeq and roomInfo's user_count (protocol.md §4), with the peak of this
/// stream. A new roomId starts the count and the peak over; backlog counts too (it is a counter, §6).
/// </summary>
public sealed class ViewerCountState : WidgetState<ViewerCountView, ViewerCountSettings>
{
    private string _roomId = "";

    public ViewerCountState(ViewerCountSettings settings, EventHub hub, ILogger<ViewerCountState> logger, StreamPhase phase)
        : base(WithSettings(ViewerCountView.Empty, settings), logger)
    {
        FollowStreamPhase(phase);
        Start(hub);
    }

    protected override IEnumerable<string> Validate(ViewerCountSettings settings) => WidgetKinds.ViewerCount.Validate(settings, "Viewer count");

    protected override void Apply(ViewerCountSettings settings)
    {
        lock (Gate)
        {
            View = WithSettings(View, settings) with { StreamEnd = StreamEndView.For(settings) with { Ended = StreamEnded } };
        }
        Notify();
    }

    protected override bool OnStreamPhaseChanged()
    {
        View = View with { StreamEnd = View.StreamEnd with { Ended = StreamEnded } };
        return true;
    }

    protected override void OnEvent(OverlayEvent evt)
    {
        lock (Gate)
        {
            var view = View;
            view = evt switch
            {
                RoomInfoEvent info => OnRoomInfo(view, info),
                ViewerCountEvent count => Count(view, count.ViewerCount),
                _ => view,
            };
            if (ReferenceEquals(view, View))
            {
                return;
            }
            View = view;
        }
        Notify();
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

    private static ViewerCountView WithSettings(ViewerCountView view, ViewerCountSettings settings) =>
        view with { Label = settings.Label, Language = settings.Language, ShowPeak = settings.ShowPeak, StreamEnd = StreamEndView.For(settings) };
}
