using Overlay.Web.Pipeline;
using Overlay.Web.Widgets;
using Overlay.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Overlay.Web.Events;
using Overlay.Widgets.ViewerCount;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

public sealed class ViewerCountStateTests : IDisposable
{
    private readonly EventHub _hub = Hub();
    private readonly StreamPhase _phase;

    public ViewerCountStateTests() => _phase = new StreamPhase(_hub);

    public void Dispose() => _phase.Dispose();

    private ViewerCountState Create(ViewerCountSettings? settings = null) =>
        new(settings ?? new ViewerCountSettings(), _hub, NullLogger<ViewerCountState>.Instance, _phase);

    [Fact]
    public void Room_info_starts_the_count_and_viewer_updates_move_it_keeping_the_peak()
    {
        using var state = Create();

        _hub.Publish(new RoomInfoEvent("room-1", "", 120, null, ""));
        _hub.Publish(new ViewerCountEvent(300));
        _hub.Publish(new ViewerCountEvent(250));

        Assert.Equal(250, state.Current.Viewers);
        Assert.Equal(300, state.Current.Peak);
    }

    [Fact]
    public void A_new_room_starts_count_and_peak_over()
    {
        using var state = Create();
        _hub.Publish(new RoomInfoEvent("room-1", "", 900, null, ""));

        _hub.Publish(new RoomInfoEvent("room-2", "", null, null, ""));

        Assert.Null(state.Current.Viewers);
        Assert.Equal(0, state.Current.Peak);
    }

    [Fact]
    public void Stream_end_marks_the_view_ended_and_the_next_room_info_makes_it_live()
    {
        using var state = Create(new ViewerCountSettings { StreamEndedText = "See you!" });
        _hub.Publish(new ViewerCountEvent(10));

        _hub.Publish(new StreamEndEvent(3));
        var ended = state.Current.StreamEnd;
        _hub.Publish(new RoomInfoEvent("room-1", "", 5, null, ""));

        Assert.True(ended.ShowsMessage);
        Assert.Equal("See you!", ended.Message);
        Assert.False(state.Current.StreamEnd.Ended);
    }

    [Fact]
    public void A_state_created_after_the_stream_ended_starts_ended_and_the_next_room_makes_it_live()
    {
        using var phase = new StreamPhase(_hub);
        _hub.Publish(new StreamEndEvent(3));

        using var state = new ViewerCountState(new ViewerCountSettings(), _hub, NullLogger<ViewerCountState>.Instance, phase);
        var atStart = state.Current.StreamEnd.Ended;
        _hub.Publish(new RoomInfoEvent("room-2", "", 5, null, ""));

        Assert.True(atStart);
        Assert.False(state.Current.StreamEnd.Ended);
    }

    [Fact]
    public void Reconfigure_changes_the_label_and_keeps_the_count()
    {
        using var state = Create();
        _hub.Publish(new ViewerCountEvent(42));

        state.Reconfigure(new ViewerCountSettings { Label = "watching", ShowPeak = false });

        Assert.Equal(42, state.Current.Viewers);
        Assert.Equal("watching", state.Current.Label);
        Assert.False(state.Current.ShowPeak);
    }

    [Fact]
    public void Reconfigure_refuses_a_label_too_long_and_keeps_the_old_one()
    {
        using var state = Create();

        Assert.Throws<ArgumentException>(() => state.Reconfigure(new ViewerCountSettings { Label = new string('x', 41) }));
        Assert.Equal("viewers", state.Current.Label);
    }
}
