using Overlay.Web.Pipeline;
using Overlay.Web.Widgets;
using Overlay.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Overlay.Web.Events;
using Overlay.Widgets.ActivityFeed;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

public sealed class ActivityFeedStateTests : IDisposable
{
    private readonly EventHub _hub = Hub();
    private readonly StreamPhase _phase;

    public ActivityFeedStateTests() => _phase = new StreamPhase(_hub);

    public void Dispose() => _phase.Dispose();

    private ActivityFeedState Create(ActivityFeedSettings? settings = null) =>
        new(settings ?? new ActivityFeedSettings(), _hub, NullLogger<ActivityFeedState>.Instance, _phase);

    [Fact]
    public void Follows_finished_gifts_subscriptions_and_shares_each_add_one_row_in_order()
    {
        using var state = Create();

        _hub.Publish(new FollowEvent(User("ana")));
        _hub.Publish(Finished("ben", 50, count: 5));
        _hub.Publish(new SubscribeEvent(User("cy"), 3));
        _hub.Publish(new ShareEvent(User("di")));

        Assert.Equal(
            [ActivityKind.Follow, ActivityKind.Gift, ActivityKind.Subscribe, ActivityKind.Share],
            state.Current.Items.Select(i => i.Kind));
        var gift = state.Current.Items[1];
        Assert.Equal(("BEN", "Gift", 5, 50L), (gift.Nickname, gift.Detail, gift.Count, gift.Diamonds));
    }

    [Fact]
    public void Streak_frames_and_late_top_ups_add_no_row()
    {
        using var state = Create();
        var user = User("ana");

        _hub.Publish(new GiftComboEvent(user, "1", "Rose", null, 1, 2, ComboPhase.Pending, 2));
        _hub.Publish(new GiftComboEvent(user, "1", "Rose", null, 1, 3, ComboPhase.Finished, 1));
        _hub.Publish(new GiftComboEvent(user, "1", "Rose", null, 1, 4, ComboPhase.LateTopUp, 1));

        Assert.Equal(3, Assert.Single(state.Current.Items).Count);
    }

    [Fact]
    public void Kinds_switched_off_are_not_listed()
    {
        using var state = Create(new ActivityFeedSettings { ShowFollows = false, ShowShares = false });

        _hub.Publish(new FollowEvent(User("ana")));
        _hub.Publish(new ShareEvent(User("ben")));
        _hub.Publish(new SubscribeEvent(User("cy"), 1));

        Assert.Equal(ActivityKind.Subscribe, Assert.Single(state.Current.Items).Kind);
    }

    [Fact]
    public void Only_the_last_max_rows_are_kept()
    {
        using var state = Create(new ActivityFeedSettings { MaxRows = 2 });

        foreach (var name in new[] { "a", "b", "c" })
        {
            _hub.Publish(new FollowEvent(User(name)));
        }

        Assert.Equal(["B", "C"], state.Current.Items.Select(i => i.Nickname));
    }

    [Fact]
    public void Reconfigure_drops_rows_of_kinds_switched_off_and_keeps_the_rest()
    {
        using var state = Create();
        _hub.Publish(new FollowEvent(User("ana")));
        _hub.Publish(new ShareEvent(User("ben")));

        state.Reconfigure(new ActivityFeedSettings { ShowShares = false, NewestOnTop = false });

        Assert.Equal("ANA", Assert.Single(state.Current.Items).Nickname);
        Assert.False(state.Current.NewestOnTop);
    }

    [Fact]
    public void Stream_end_with_hide_hides_the_feed_until_the_next_room()
    {
        using var state = Create(new ActivityFeedSettings { HideWhenStreamEnds = true });

        _hub.Publish(new StreamEndEvent(4));
        var hidden = state.Current.StreamEnd.HidesWidget;
        _hub.Publish(new RoomInfoEvent("room-2", "", null, null, ""));

        Assert.True(hidden);
        Assert.False(state.Current.StreamEnd.HidesWidget);
    }
}
