using Overlay.Web.Pipeline;
using Overlay.Web.Widgets;
using Overlay.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Overlay.Tests.Storage;
using Overlay.Web.Events;
using Overlay.Web.Storage;
using Overlay.Widgets.Leaderboard;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

public sealed class LeaderboardStateTests : IDisposable
{
    private readonly TempStore _files = new();
    private readonly EventHub _hub = Hub();
    private readonly LeaderboardTracker _tracker;
    private readonly StreamPhase _phase;

    public LeaderboardStateTests()
    {
        _phase = new StreamPhase(_hub);
        _tracker = new LeaderboardTracker(_hub, new LeaderboardRepository(_files.Open()), new FakeTimeProvider(Start), NullLogger<LeaderboardTracker>.Instance);
        _tracker.StartAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();
    }

    private LeaderboardState Create(LeaderboardUnit unit, LeaderboardSettings? settings = null) =>
        new(settings ?? new LeaderboardSettings(), unit, _tracker, _hub, NullLogger<LeaderboardState>.Instance, _phase);

    [Fact]
    public void Shows_the_best_rows_ranked_with_the_board_title()
    {
        using var state = Create(LeaderboardUnit.Likes, new LeaderboardSettings { Rows = 2 });

        _hub.Publish(new LikeEvent(User("ana"), 5, null));
        _hub.Publish(new LikeEvent(User("ben"), 9, null));
        _hub.Publish(new LikeEvent(User("cy"), 1, null));

        var view = state.Current;
        Assert.Equal("Top likers", view.Title);
        Assert.Equal([(1, "BEN", 9L), (2, "ANA", 5L)], view.Rows.Select(r => (r.Rank, r.Nickname, r.Score)));
    }

    [Fact]
    public void A_change_to_the_board_notifies_and_gives_a_new_view()
    {
        using var state = Create(LeaderboardUnit.Diamonds);
        var before = state.Current;
        var notified = 0;
        using var _ = state.Subscribe(() => notified++);

        _hub.Publish(Finished("ana", 100));

        Assert.Equal(1, notified);
        Assert.NotSame(before, state.Current);
        Assert.Equal(100, Assert.Single(state.Current.Rows).Score);
    }

    [Fact]
    public void Reconfigure_to_all_time_follows_the_all_time_board()
    {
        using var state = Create(LeaderboardUnit.Likes);
        _hub.Publish(new RoomInfoEvent("room-1", "", null, null, ""));
        _hub.Publish(new LikeEvent(User("ana"), 5, null));
        _hub.Publish(new RoomInfoEvent("room-2", "", null, null, ""));
        var stream = state.Current.Rows.Count;

        state.Reconfigure(new LeaderboardSettings { AllTime = true, Title = "Legends" });

        Assert.Equal(0, stream);
        Assert.Equal("Legends", state.Current.Title);
        Assert.Equal("ANA", Assert.Single(state.Current.Rows).Nickname);
    }

    public void Dispose()
    {
        _phase.Dispose();
        _tracker.Dispose();
        _files.Dispose();
    }
}
