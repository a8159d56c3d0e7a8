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

/// <summary>The leaderboards over a real SQLite file, with time moved by hand.</summary>
public sealed class LeaderboardTrackerTests : IDisposable
{
    private readonly TempStore _files = new();
    private readonly EventHub _hub = Hub();
    private readonly FakeTimeProvider _time = Clock();
    private OverlayStore _store;
    private LeaderboardTracker _tracker;

    public LeaderboardTrackerTests()
    {
        _store = _files.Open();
        _tracker = Start();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private LeaderboardTracker Start()
    {
        var tracker = new LeaderboardTracker(_hub, new LeaderboardRepository(_store), _time, NullLogger<LeaderboardTracker>.Instance);
        tracker.StartAsync(Ct).GetAwaiter().GetResult();
        return tracker;
    }

    private async Task RestartAsync()
    {
        await _tracker.StopAsync(Ct);
        _tracker.Dispose();
        _store.Dispose();
        _store = _files.Open();
        _tracker = Start();
    }

    private static GiftComboEvent Combo(ViewerUser user, int each, int count, ComboPhase phase, int added = 0) =>
        new(user, "1", "Rose", null, each, count, phase, added);

    private IReadOnlyList<(string Name, long Score)> Board(LeaderboardUnit unit, bool allTime = false) =>
        [.. _tracker.Top(unit, allTime).Select(s => (s.Nickname, s.Score))];

    private IReadOnlyList<LeaderboardScore> Stored(string board) => new LeaderboardRepository(_store).LoadTop(board, 100);

    [Fact]
    public void Gifters_rank_by_diamonds_of_finished_combos_counted_once_plus_late_top_ups()
    {
        _hub.Publish(Combo(User("ana"), 1, 5, ComboPhase.Pending));
        _hub.Publish(Combo(User("ana"), 1, 10, ComboPhase.Finished, 10));
        _hub.Publish(Combo(User("ana"), 1, 12, ComboPhase.LateTopUp, 2));
        _hub.Publish(Combo(User("ben"), 100, 1, ComboPhase.Finished, 1));

        Assert.Equal([("BEN", 100L), ("ANA", 12L)], Board(LeaderboardUnit.Diamonds));
    }

    [Fact]
    public void Likers_add_up_per_user_id_and_show_the_latest_nickname()
    {
        var first = new ViewerUser("42", "ana", "Ana", null);
        var renamed = new ViewerUser("42", "ana_new", "Ana 🌸", "https://example.com/a.webp");

        _hub.Publish(new LikeEvent(first, 15, null));
        _hub.Publish(new LikeEvent(User("ben"), 20, null));
        _hub.Publish(new LikeEvent(renamed, 10, null));

        var top = _tracker.Top(LeaderboardUnit.Likes, allTime: false);
        Assert.Equal([("Ana 🌸", 25L), ("BEN", 20L)], Board(LeaderboardUnit.Likes));
        Assert.Equal("https://example.com/a.webp", top[0].AvatarUrl);
    }

    [Fact]
    public void Viewers_without_any_identity_are_not_ranked()
    {
        _hub.Publish(new LikeEvent(ViewerUser.Anonymous, 50, null));

        Assert.Empty(Board(LeaderboardUnit.Likes));
    }

    [Fact]
    public void Scores_are_written_in_one_batch_after_the_save_interval_not_per_event()
    {
        _hub.Publish(new LikeEvent(User("ana"), 5, null));
        _hub.Publish(new LikeEvent(User("ana"), 5, null));
        var before = Stored("likes:all");

        _time.Advance(LeaderboardTracker.SaveInterval);

        Assert.Empty(before);
        Assert.Equal(10, Assert.Single(Stored("likes:all")).Score);
    }

    [Fact]
    public async Task Boards_survive_a_restart()
    {
        _hub.Publish(new RoomInfoEvent("room-1", "", null, null, ""));
        _hub.Publish(Combo(User("ana"), 500, 2, ComboPhase.Finished, 2));

        await RestartAsync();

        Assert.Equal([("ANA", 1000L)], Board(LeaderboardUnit.Diamonds, allTime: true));
        Assert.Equal([("ANA", 1000L)], Board(LeaderboardUnit.Diamonds, allTime: false));
    }

    [Fact]
    public async Task A_new_room_after_a_restart_empties_the_stream_boards_but_not_all_time()
    {
        _hub.Publish(new RoomInfoEvent("room-1", "", null, null, ""));
        _hub.Publish(new LikeEvent(User("ana"), 7, null));
        await RestartAsync();

        _hub.Publish(new RoomInfoEvent("room-1", "", null, null, ""));
        var sameRoom = Board(LeaderboardUnit.Likes);
        _hub.Publish(new RoomInfoEvent("room-2", "", null, null, ""));
        _time.Advance(LeaderboardTracker.SaveInterval);

        Assert.Equal([("ANA", 7L)], sameRoom);
        Assert.Empty(Board(LeaderboardUnit.Likes));
        Assert.Empty(Stored("likes:stream"));
        Assert.Equal([("ANA", 7L)], Board(LeaderboardUnit.Likes, allTime: true));
    }

    [Fact]
    public void Subscribers_hear_of_changes_to_their_board_only()
    {
        var gifts = 0;
        using var _ = _tracker.Subscribe(LeaderboardUnit.Diamonds, allTime: true, () => gifts++);

        _hub.Publish(new LikeEvent(User("ana"), 1, null));
        _hub.Publish(Combo(User("ana"), 1, 1, ComboPhase.Finished, 1));

        Assert.Equal(1, gifts);
    }

    public void Dispose()
    {
        _tracker.Dispose();
        _files.Dispose();
    }
}
