using Overlay.Web.Widgets;
using Overlay.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Overlay.Web.Events;
using Overlay.Widgets.LikeGoal;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

/// <summary>Metrics other than likes, the admin controls, new rooms, settings in place, and restore after a restart.</summary>
public sealed class LikeGoalStateMetricTests : IDisposable
{
    private readonly EventHub _hub = Hub();
    private readonly GoalProgressFixture _goals = new();

    public void Dispose() => _goals.Dispose();

    private static LikeGoalSettings Settings(GoalMetric metric = GoalMetric.Likes, long target = 100, long step = 0) =>
        new() { Title = "Goal", Metric = metric, Target = target, Step = step };

    private LikeGoalState State(LikeGoalSettings settings, GoalProgressStore? progress = null) =>
        new("goal", settings, _hub, progress ?? _goals.Progress, NullLogger<LikeGoalState>.Instance);

    private void Likes(long total) => _hub.Publish(new LikeEvent(User("ana"), 5, total));

    private void Room(string id, long? likes = null) => _hub.Publish(new RoomInfoEvent(id, "", null, likes, ""));

    [Theory]
    [InlineData(GoalMetric.Follows)]
    [InlineData(GoalMetric.Shares)]
    [InlineData(GoalMetric.Subscriptions)]
    public void Social_goals_count_one_per_event_of_their_type_and_skip_backlog(GoalMetric metric)
    {
        using var state = State(Settings(metric));

        foreach (OverlayEvent evt in new OverlayEvent[]
                 {
                     new FollowEvent(User("a")), new ShareEvent(User("b")), new SubscribeEvent(User("c"), 1),
                     new FollowEvent(User("d")) { IsBacklog = true }, new ShareEvent(User("e")) { IsBacklog = true },
                     new SubscribeEvent(User("f"), 2) { IsBacklog = true },
                 })
        {
            _hub.Publish(evt);
        }
        Likes(999);

        Assert.Equal(1, state.Current.Current);
        Assert.Equal(metric, state.Current.Metric);
    }

    [Fact]
    public void Diamonds_count_each_finished_combo_once_with_its_final_count()
    {
        var time = Clock();
        using var tracker = Tracker(_hub, time);
        using var state = State(Settings(GoalMetric.Diamonds, target: 1_000));

        tracker.OnGift(Rose("ana", 1));
        tracker.OnGift(Rose("ana", 2));
        tracker.OnGift(Rose("ana", 3));
        var whilePending = state.Current.Current;
        tracker.OnGift(Rose("ana", 3, end: true));
        tracker.OnGift(Rose("ana", 3, end: true));
        tracker.OnGift(Lion("bo", diamonds: 500));

        Assert.Equal(0, whilePending);
        Assert.Equal(503, state.Current.Current);
    }

    [Fact]
    public void Diamonds_add_a_late_top_up_and_skip_backlog_combos()
    {
        var time = Clock();
        using var tracker = Tracker(_hub, time);
        using var state = State(Settings(GoalMetric.Diamonds, target: 1_000));
        tracker.OnGift(Rose("ana", 5, end: true));

        tracker.OnGift(Rose("ana", 8, end: true));
        _hub.Publish(Finished("old", 300) with { IsBacklog = true });

        Assert.Equal(8, state.Current.Current);
    }

    [Fact]
    public void Set_progress_shows_the_value_and_later_likes_add_to_it()
    {
        using var state = State(Settings(target: 1_000));
        Room("r1", 500);

        state.SetProgress(10);
        Room("r1", 500);
        Likes(530);

        Assert.Equal(40, state.Current.Current);
    }

    [Fact]
    public void Set_progress_past_the_target_steps_the_target_up()
    {
        using var state = State(Settings(target: 100, step: 50));

        state.SetProgress(260);

        Assert.Equal(new GoalView("Goal", 260, 300), state.Current);
    }

    [Fact]
    public void Negative_progress_is_refused_and_changes_nothing()
    {
        using var state = State(Settings());
        Likes(20);

        Assert.Throws<ArgumentOutOfRangeException>(() => state.SetProgress(-1));
        Assert.Equal(20, state.Current.Current);
    }

    [Fact]
    public void Reset_goes_back_to_zero_and_the_first_target_and_keeps_counting_from_there()
    {
        using var state = State(Settings(target: 100, step: 100));
        Likes(250);

        state.Reset();
        var afterReset = state.Current;
        Likes(260);

        Assert.Equal(new GoalView("Goal", 0, 100), afterReset);
        Assert.Equal(new GoalView("Goal", 10, 100), state.Current);
    }

    [Fact]
    public void Next_step_moves_the_target_up_by_one_step()
    {
        using var state = State(Settings(target: 100, step: 25));
        Likes(10);

        state.NextStep();
        state.NextStep();

        Assert.Equal(new GoalView("Goal", 10, 150), state.Current);
    }

    [Fact]
    public void Without_auto_next_the_target_stays_and_the_bar_is_full()
    {
        using var state = State(Settings(target: 100) with { AutoNext = false });

        Likes(180);

        Assert.Equal(new GoalView("Goal", 180, 100), state.Current);
        Assert.Equal(1, state.Current.Fraction);
    }

    [Fact]
    public void New_room_keeps_progress_and_target_when_not_reset_per_stream()
    {
        using var state = State(Settings(target: 100) with { ResetPerStream = false });
        Room("r1", 0);
        Likes(150);

        Room("r2", 30);
        Likes(40);

        Assert.Equal(new GoalView("Goal", 190, 200), state.Current);
    }

    [Fact]
    public void New_room_starts_over_when_reset_per_stream()
    {
        using var state = State(Settings(target: 100, step: 10));
        Room("r1", 0);
        Likes(150);
        state.SetProgress(5);

        Room("r2", 30);

        Assert.Equal(new GoalView("Goal", 30, 100), state.Current);
    }

    [Fact]
    public void Reconfigure_keeps_progress_and_shows_the_new_title_and_style()
    {
        using var state = State(Settings(target: 100));
        Likes(150);

        state.Reconfigure(Settings(target: 100) with { Title = "Tap!", Style = GoalStyle.Circle });

        Assert.Equal(new GoalView("Tap!", 150, 200, GoalStyle.Circle), state.Current);
    }

    [Fact]
    public void Reconfigure_with_a_new_target_restarts_the_ladder_from_it_keeping_progress()
    {
        using var state = State(Settings(target: 100));
        Likes(150);

        state.Reconfigure(Settings(target: 1_000));

        Assert.Equal(new GoalView("Goal", 150, 1_000), state.Current);
    }

    [Fact]
    public void Reconfigure_to_another_metric_starts_over_and_out_of_range_is_refused()
    {
        using var state = State(Settings(target: 100));
        Likes(150);

        Assert.Throws<ArgumentException>(() => state.Reconfigure(Settings(target: 0)));
        state.Reconfigure(Settings(GoalMetric.Follows, target: 10));
        _hub.Publish(new FollowEvent(User("a")));

        Assert.Equal(new GoalView("Goal", 1, 10, Metric: GoalMetric.Follows), state.Current);
    }

    [Fact]
    public void Restored_goal_neither_jumps_back_nor_double_counts_when_the_same_room_reports_again()
    {
        using (var before = State(Settings(target: 1_000)))
        {
            Room("r1", 400);
            Likes(500);
            before.SetProgress(100);
        }
        using var reopened = _goals.Reopen();
        using var state = State(Settings(target: 1_000), reopened);
        var restored = state.Current;

        Room("r1", 480);
        var afterStaleRoomInfo = state.Current.Current;
        Likes(520);

        Assert.Equal(new GoalView("Goal", 100, 1_000), restored);
        Assert.Equal(100, afterStaleRoomInfo);
        Assert.Equal(120, state.Current.Current);
    }

    [Fact]
    public void Restored_goal_of_another_metric_starts_from_zero()
    {
        using (var before = State(Settings(target: 1_000)))
        {
            Likes(500);
        }
        using var reopened = _goals.Reopen();

        using var state = State(Settings(GoalMetric.Shares, target: 10), reopened);

        Assert.Equal(0, state.Current.Current);
    }

    [Fact]
    public void Likes_are_saved_by_the_timer_not_per_like()
    {
        using var state = State(Settings(target: 1_000));

        Likes(10);
        Likes(20);
        var beforeTimer = _goals.Repository.Find("goal");
        _goals.Time.Advance(GoalProgressStore.SaveInterval);

        Assert.Null(beforeTimer);
        Assert.Equal(20, _goals.Repository.Find("goal")?.Count);
    }
}
