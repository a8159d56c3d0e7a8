using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Overlay.Web.Events;
using Overlay.Web.Widgets;
using Overlay.Widgets.PkBattle;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

public sealed class PkBattleStateTests
{
    private readonly EventHub _hub = Hub();
    private readonly FakeTimeProvider _clock = Clock();

    private PkBattleState Create(PkBattleSettings? settings = null) =>
        new(settings ?? new PkBattleSettings(), _hub, _clock, NullLogger<PkBattleState>.Instance);

    private static BattleArmiesEvent Armies(long left, long right, int secondsLeft = 200, DateTimeOffset? sent = null, string battleId = "b1") => new(
        battleId, sent, secondsLeft, 300,
        [
            new BattleHost("h1", left, 0, [new BattleContributor("u1", "ana", left / 2), new BattleContributor("u2", "bob", left / 4)]),
            new BattleHost("h2", right, 1, [new BattleContributor("u3", "cleo", right)]),
        ],
        null);

    [Fact]
    public void No_battle_is_hidden()
    {
        using var state = Create();

        Assert.Equal(PkPhase.None, state.Current.Phase);
    }

    [Fact]
    public void Preparing_then_active_then_ended_shows_the_higher_score_as_winner()
    {
        using var state = Create();

        _hub.Publish(new BattleEvent("b1", BattleStatus.Preparing, 300));
        var preparing = state.Current.Phase;
        _hub.Publish(new BattleEvent("b1", BattleStatus.Active, 300));
        _hub.Publish(Armies(left: 900, right: 1200));
        var active = state.Current;
        _hub.Publish(new BattleEvent("b1", BattleStatus.Ended, 300));

        Assert.Equal(PkPhase.Preparing, preparing);
        Assert.Equal(PkPhase.Active, active.Phase);
        Assert.Equal((900, 1200), (active.Left.Score, active.Right.Score));
        Assert.Equal(PkPhase.Ended, state.Current.Phase);
        Assert.Equal(PkOutcome.RightWins, state.Current.Outcome);
    }

    [Fact]
    public void Equal_final_scores_are_a_draw()
    {
        using var state = Create();
        _hub.Publish(Armies(left: 500, right: 500));

        _hub.Publish(new BattleEvent("b1", BattleStatus.Ended, 300));

        Assert.Equal(PkOutcome.Draw, state.Current.Outcome);
    }

    [Fact]
    public void Time_left_comes_from_secs_remaining_and_runs_down_on_the_clock()
    {
        using var state = Create();
        _hub.Publish(Armies(100, 100, secondsLeft: 90));

        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(60_000, state.Current.MillisecondsLeft);
    }

    [Fact]
    public void Time_left_takes_the_frame_age_from_server_ts_but_at_most_five_seconds()
    {
        using var state = Create();

        _hub.Publish(Armies(1, 1, secondsLeft: 90, sent: _clock.GetUtcNow() - TimeSpan.FromSeconds(2)));
        var recent = state.Current.MillisecondsLeft;
        _hub.Publish(Armies(1, 1, secondsLeft: 90, sent: _clock.GetUtcNow() - TimeSpan.FromMinutes(1), battleId: "b2"));

        Assert.Equal(88_000, recent);
        Assert.Equal(85_000, state.Current.MillisecondsLeft);
    }

    [Fact]
    public void Battle_without_scores_counts_down_from_its_duration()
    {
        using var state = Create();

        _hub.Publish(new BattleEvent("b1", BattleStatus.Starting, 300));
        _clock.Advance(TimeSpan.FromSeconds(100));

        Assert.Equal(200_000, state.Current.MillisecondsLeft);
    }

    [Fact]
    public void The_same_score_frame_twice_changes_nothing()
    {
        using var state = Create();
        var frame = Armies(700, 300);

        _hub.Publish(frame);
        var once = state.Current;
        _hub.Publish(frame);

        Assert.Equal((once.Left.Score, once.Right.Score), (state.Current.Left.Score, state.Current.Right.Score));
        Assert.Equal(once.Left.Contributors, state.Current.Left.Contributors);
    }

    [Fact]
    public void An_older_score_frame_than_the_one_shown_is_ignored()
    {
        using var state = Create();
        var now = _clock.GetUtcNow();

        _hub.Publish(Armies(800, 300, sent: now));
        _hub.Publish(Armies(100, 100, sent: now - TimeSpan.FromSeconds(1)));

        Assert.Equal(800, state.Current.Left.Score);
    }

    [Fact]
    public void Team_scores_sum_the_hosts_of_each_side_up_to_four()
    {
        using var state = Create();
        var hosts = Enumerable.Range(1, 6).Select(i => new BattleHost("l" + i, 10, 0, [])).Append(new BattleHost("r", 7, 1, [])).ToList();

        _hub.Publish(new BattleArmiesEvent("b1", null, 60, 300, hosts, null));

        Assert.Equal(40, state.Current.Left.Score);
        Assert.Equal(7, state.Current.Right.Score);
    }

    [Fact]
    public void Top_three_contributors_a_side_with_the_highest_as_mvp()
    {
        using var state = Create();
        var left = new BattleHost("h1", 100, 0,
            [new("a", "ana", 50), new("b", "bob", 30), new("c", "cleo", 10), new("d", "dan", 5)]);
        var left2 = new BattleHost("h2", 100, 0, [new("e", "eve", 70)]);

        _hub.Publish(new BattleArmiesEvent("b1", null, 60, 300, [left, left2], null));

        Assert.Equal(["eve", "ana", "bob"], state.Current.Left.Contributors.Select(c => c.Nickname));
        Assert.Equal([true, false, false], state.Current.Left.Contributors.Select(c => c.IsMvp));
    }

    [Fact]
    public void Result_hides_after_the_result_time()
    {
        using var state = Create(new PkBattleSettings { ResultSeconds = 10 });
        _hub.Publish(Armies(5, 1));
        _hub.Publish(new BattleEvent("b1", BattleStatus.Ended, 300));

        _clock.Advance(TimeSpan.FromSeconds(9));
        var before = state.Current.Phase;
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(PkPhase.Ended, before);
        Assert.Equal(PkPhase.None, state.Current.Phase);
    }

    [Fact]
    public void A_battle_whose_end_never_comes_hides_a_minute_after_its_time_ran_out()
    {
        using var state = Create();
        _hub.Publish(Armies(5, 1, secondsLeft: 30));

        _clock.Advance(TimeSpan.FromSeconds(30) + PkBattleState.StaleAfter);

        Assert.Equal(PkPhase.None, state.Current.Phase);
    }

    [Fact]
    public void A_late_score_frame_of_an_ended_battle_does_not_reopen_it()
    {
        using var state = Create();
        _hub.Publish(Armies(5, 1));
        _hub.Publish(new BattleEvent("b1", BattleStatus.Ended, 300));

        _hub.Publish(Armies(5, 900));

        Assert.Equal(PkPhase.Ended, state.Current.Phase);
        Assert.Equal(PkOutcome.LeftWins, state.Current.Outcome);
    }

    [Fact]
    public void Boosters_show_for_the_booster_time_then_leave()
    {
        using var state = Create(new PkBattleSettings { BoosterSeconds = 5 });
        _hub.Publish(Armies(1, 1));

        _hub.Publish(new BattleBoosterEvent("booster_x2", 2, "ana", 30, "https://example.com/x2.png"));
        var shown = state.Current.Boosters.Select(b => b.Effect).ToList();
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(["booster_x2"], shown);
        Assert.Empty(state.Current.Boosters);
    }

    [Fact]
    public void Booster_without_a_battle_shows_nothing()
    {
        using var state = Create();

        _hub.Publish(new BattleBoosterEvent("mist", 1, "ana", 30, null));

        Assert.Equal(PkPhase.None, state.Current.Phase);
        Assert.Empty(state.Current.Boosters);
    }

    [Fact]
    public void Opponent_gifts_show_as_opponent_gifts_and_never_change_the_scores()
    {
        using var state = Create();
        _hub.Publish(Armies(10, 20));

        _hub.Publish(new OpponentGiftEvent(User("rival"), "5655", "Rose", 1, 3, null));

        Assert.Equal("RIVAL", Assert.Single(state.Current.OpponentGifts).Nickname);
        Assert.Equal((10, 20), (state.Current.Left.Score, state.Current.Right.Score));
    }

    [Fact]
    public void Opponent_gifts_are_not_shown_when_switched_off()
    {
        using var state = Create(new PkBattleSettings { ShowOpponentGifts = false });
        _hub.Publish(Armies(10, 20));

        _hub.Publish(new OpponentGiftEvent(User("rival"), "5655", "Rose", 1, 3, null));

        Assert.Empty(state.Current.OpponentGifts);
    }

    [Fact]
    public void A_new_battle_id_starts_over()
    {
        using var state = Create();
        _hub.Publish(Armies(5, 1));
        _hub.Publish(new BattleEvent("b1", BattleStatus.Ended, 300));

        _hub.Publish(new BattleEvent("b2", BattleStatus.Preparing, 300));

        Assert.Equal(PkPhase.Preparing, state.Current.Phase);
        Assert.Equal(0, state.Current.Left.Score);
    }

    [Fact]
    public void Settings_out_of_range_are_refused()
    {
        using var state = Create();

        var error = Assert.Throws<ArgumentException>(() => state.Reconfigure(new PkBattleSettings { ResultSeconds = 0 }));

        Assert.Contains("ResultSeconds must be between 3 and 120, got 0.", error.Message);
    }

    [Fact]
    public void The_end_of_the_stream_hides_a_running_pk_at_once()
    {
        using var state = Create();
        _hub.Publish(Armies(500, 300));
        Assert.NotEqual(PkPhase.None, state.Current.Phase);

        _hub.Publish(new StreamEndEvent(null) { Reason = "creator_offline", Reconnect = true });

        Assert.Equal(PkPhase.None, state.Current.Phase);
    }

    [Fact]
    public void A_new_room_hides_the_old_rooms_pk_and_the_same_room_keeps_it()
    {
        using var state = Create();
        _hub.Publish(new RoomInfoEvent("room-1", "", null, null, ""));
        _hub.Publish(Armies(500, 300));

        _hub.Publish(new RoomInfoEvent("room-1", "again", null, null, ""));
        Assert.NotEqual(PkPhase.None, state.Current.Phase);
        _hub.Publish(new RoomInfoEvent("room-2", "next LIVE", null, null, ""));

        Assert.Equal(PkPhase.None, state.Current.Phase);
    }
}
