using Overlay.Web.Widgets;
using Overlay.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Overlay.Web.Events;
using Overlay.Widgets.LikeGoal;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

public sealed class LikeGoalStateTests : IDisposable
{
    private readonly EventHub _hub = Hub();
    private readonly GoalProgressFixture _goals = new();

    public void Dispose() => _goals.Dispose();

    private LikeGoalState State(long target = 100, long step = 0) =>
        new("likes", new LikeGoalSettings { Title = "Likes!", Target = target, Step = step }, _hub, _goals.Progress, NullLogger<LikeGoalState>.Instance);

    private void Likes(long? total, int batch = 5) => _hub.Publish(new LikeEvent(User("ana"), batch, total));

    private void Room(string id, long? likes) => _hub.Publish(new RoomInfoEvent(id, "", null, likes, ""));

    [Fact]
    public void Current_is_the_highest_room_total_and_never_goes_down()
    {
        using var state = State();

        Likes(50);
        Likes(40);

        Assert.Equal(new GoalView("Likes!", 50, 100), state.Current);
    }

    [Fact]
    public void Per_user_batches_are_not_summed()
    {
        using var state = State();

        Likes(null, batch: 15);
        Likes(null, batch: 15);

        Assert.Equal(0, state.Current.Current);
    }

    [Fact]
    public void Room_info_like_count_sets_the_starting_total()
    {
        using var state = State();

        Room("r1", 30);

        Assert.Equal(30, state.Current.Current);
    }

    [Fact]
    public void Reaching_the_target_advances_it_by_the_step()
    {
        using var state = State(target: 100, step: 30);

        Likes(100);

        Assert.Equal(130, state.Current.Target);
    }

    [Fact]
    public void Step_zero_advances_by_the_target_until_above_the_current_total()
    {
        using var state = State(target: 100);

        Likes(350);

        Assert.Equal(400, state.Current.Target);
    }

    [Fact]
    public void New_room_id_starts_the_goal_over()
    {
        using var state = State(target: 100);
        Room("r1", 0);
        Likes(250);

        Room("r2", 7);

        Assert.Equal(new GoalView("Likes!", 7, 100), state.Current);
    }

    [Fact]
    public void Reconnect_to_the_same_room_keeps_the_total()
    {
        using var state = State();
        Room("r1", 0);
        Likes(80);

        Room("r1", 60);

        Assert.Equal(80, state.Current.Current);
    }

    [Fact]
    public void Subscribers_hear_only_real_changes()
    {
        using var state = State();
        var changes = 0;
        using var _ = state.Subscribe(() => changes++);

        Likes(10);
        Likes(10);
        Likes(9);

        Assert.Equal(1, changes);
    }

    [Fact]
    public void Huge_total_does_not_overflow_the_target()
    {
        using var state = State(target: 1, step: 1);

        Likes(long.MaxValue);

        Assert.Equal(long.MaxValue, state.Current.Target);
    }
}
