using Overlay.Web.Widgets;
using Overlay.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Widgets.GiftAlert;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

public sealed class GiftAlertStateTests : IDisposable
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = Clock();
    private readonly EventHub _hub = Hub();
    private readonly OverlayMetrics _metrics = new();
    private readonly FakeLogger<GiftAlertState> _log = new();
    private GiftAlertState? _state;

    private GiftAlertState State(GiftAlertSettings? settings = null) =>
        _state = new GiftAlertState(settings ?? new GiftAlertSettings(), _hub, _time, _metrics, _log);

    [Fact]
    public void Finished_combo_shows_an_alert_with_the_viewer_and_gift()
    {
        var state = State();

        _hub.Publish(new GiftComboEvent(User("ana"), "5655", "Rose", "https://example.com/rose.png", 1, 5, ComboPhase.Finished, 5));

        // No picture cache here, so no picture: an alert never carries the CDN's address (see GiftImagesStateTests).
        Assert.Equal(
            new AlertView(1, "ANA", "https://example.com/ana.webp", "Rose", null, 5, 5),
            state.Current.Current);
    }

    [Fact]
    public void One_combo_from_the_tracker_makes_exactly_one_alert()
    {
        var state = State(new GiftAlertSettings { DisplaySeconds = 1 });
        var tracker = Tracker(_hub, _time);
        var shown = new List<long>();
        using var _ = state.Subscribe(() => { if (state.Current.Current is { } a && !shown.Contains(a.Id)) shown.Add(a.Id); });

        tracker.OnGift(Rose("ana", 1));
        tracker.OnGift(Rose("ana", 2));
        tracker.OnGift(Rose("ana", 2, end: true));
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Single(shown);
    }

    [Theory]
    [InlineData(ComboPhase.Pending)]
    [InlineData(ComboPhase.LateTopUp)]
    public void Only_finished_combos_alert(ComboPhase phase)
    {
        var state = State();

        _hub.Publish(Finished("ana", 10) with { Phase = phase });

        Assert.Null(state.Current.Current);
    }

    [Fact]
    public void Backlog_combo_does_not_alert()
    {
        var state = State();

        _hub.Publish(Finished("ana", 10) with { IsBacklog = true });

        Assert.Null(state.Current.Current);
    }

    [Fact]
    public void Combo_below_min_diamonds_does_not_alert()
    {
        var state = State(new GiftAlertSettings { MinDiamonds = 100 });

        _hub.Publish(Finished("ana", 99));
        Assert.Null(state.Current.Current);
        _hub.Publish(Finished("bob", 100));
        Assert.Equal("BOB", state.Current.Current?.Nickname);
    }

    [Fact]
    public void Next_alert_shows_when_the_current_one_has_been_on_screen_for_display_seconds()
    {
        var state = State(new GiftAlertSettings { DisplaySeconds = 5 });
        _hub.Publish(Finished("ana", 10));
        _hub.Publish(Finished("bob", 10));
        Assert.Equal(1, state.Queued);

        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.Equal("ANA", state.Current.Current?.Nickname);
        _time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal("BOB", state.Current.Current?.Nickname);
        Assert.Equal(2, state.Current.Current?.Id);
        Assert.Equal(0, state.Queued);
    }

    [Fact]
    public void Screen_clears_after_the_last_alert()
    {
        var state = State(new GiftAlertSettings { DisplaySeconds = 3 });
        _hub.Publish(Finished("ana", 10));

        _time.Advance(TimeSpan.FromSeconds(3));

        Assert.Null(state.Current.Current);
        Assert.Equal(3000, state.Current.DisplayMilliseconds);
    }

    [Fact]
    public void Full_queue_drops_the_cheapest_waiting_alert_for_a_more_valuable_one()
    {
        var state = State(new GiftAlertSettings { MaxQueue = 2 });
        _hub.Publish(Finished("showing", 1));
        _hub.Publish(Finished("cheap", 5));
        _hub.Publish(Finished("dear", 50));

        _hub.Publish(Finished("dearer", 500));

        Assert.Equal(2, state.Queued);
        Assert.Equal(1, _metrics.Dropped(DropReason.AlertQueueFull));
        Assert.Equal(["DEAR", "DEARER"], ShowAll(state));
    }

    [Fact]
    public void Full_queue_drops_a_new_alert_that_is_not_worth_more_than_any_waiting_one()
    {
        var state = State(new GiftAlertSettings { MaxQueue = 2 });
        _hub.Publish(Finished("showing", 1));
        _hub.Publish(Finished("first", 5));
        _hub.Publish(Finished("second", 50));

        _hub.Publish(Finished("late", 5));

        Assert.Equal(1, _metrics.Dropped(DropReason.AlertQueueFull));
        Assert.Equal(["FIRST", "SECOND"], ShowAll(state));
    }

    [Fact]
    public void Full_queue_logs_a_warning()
    {
        State(new GiftAlertSettings { MaxQueue = 0 });
        _hub.Publish(Finished("showing", 1));

        _hub.Publish(Finished("dropped", 1));

        Assert.Contains("queue full", Assert.Single(_log.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning).Message);
    }

    [Fact]
    public void Subscribers_hear_only_real_changes()
    {
        var state = State(new GiftAlertSettings { MaxQueue = 0 });
        var changes = 0;
        using var _ = state.Subscribe(() => changes++);

        _hub.Publish(Finished("ana", 10));
        _hub.Publish(Finished("bob", 10));
        _hub.Publish(new ChatEvent(User("cat"), "hi"));

        Assert.Equal(1, changes);
    }

    [Fact]
    public void Disposed_state_ignores_new_combos()
    {
        var state = State();

        state.Dispose();
        _hub.Publish(Finished("ana", 10));

        Assert.Null(state.Current.Current);
    }

    /// <summary>The nicknames still to show, in order, after the current one.</summary>
    private List<string> ShowAll(GiftAlertState state)
    {
        var shown = new List<string>();
        for (var i = 0; i < 10 && state.Queued > 0; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(state.Current.DisplayMilliseconds));
            shown.Add(state.Current.Current!.Nickname);
        }
        return shown;
    }

    public void Dispose() => _state?.Dispose();

    [Fact]
    public void Reconfigure_keeps_the_alert_on_screen_and_the_queue_and_applies_new_rules_going_forward()
    {
        var state = State(new GiftAlertSettings { DisplaySeconds = 5, MaxQueue = 5 });
        _hub.Publish(Finished("ana", 10));
        _hub.Publish(Finished("bob", 20));
        _hub.Publish(Finished("cy", 30));
        var showing = state.Current.Current;

        state.Reconfigure(new GiftAlertSettings { DisplaySeconds = 1, MaxQueue = 1, MinDiamonds = 25 });
        _hub.Publish(Finished("dee", 5));

        Assert.Equal(showing, state.Current.Current);
        Assert.Equal(2, state.Queued);
        Assert.Equal(1000, state.Current.DisplayMilliseconds);
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("BOB", state.Current.Current?.Nickname);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("CY", state.Current.Current?.Nickname);
    }

    [Fact]
    public void Reconfigure_refuses_out_of_range_settings_and_keeps_the_old_ones()
    {
        var state = State(new GiftAlertSettings { DisplaySeconds = 5 });

        var error = Assert.Throws<ArgumentException>(() => state.Reconfigure(new GiftAlertSettings { DisplaySeconds = 0 }));

        Assert.Contains("DisplaySeconds", error.Message);
        Assert.Equal(5000, state.Current.DisplayMilliseconds);
    }

}
