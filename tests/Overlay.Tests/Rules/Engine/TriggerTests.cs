using Overlay.Tests.Infrastructure;
using Overlay.Web.Events;
using Overlay.Web.Rules.Engine;
using Overlay.Web.Rules.Model;
using Overlay.Widgets.ChatTicker;
using static Overlay.Tests.Infrastructure.RuleKit;

namespace Overlay.Tests.Rules.Engine;

/// <summary>Each trigger against typed events, through the dispatcher the engine's loop uses.</summary>
public sealed class TriggerTests
{
    private readonly RuleKit _kit = new();

    [Fact]
    public void A_gift_rule_fires_on_the_finished_combo_only()
    {
        var rule = Rule(1, TriggerKind.Gift);

        var pending = _kit.Send(Combo("Rose", "5655", 1, 3, ComboPhase.Pending), rule);
        var topUp = _kit.Send(Combo("Rose", "5655", 1, 4, ComboPhase.LateTopUp), rule);
        var finished = _kit.Send(Combo("Rose", "5655", 1, 5), rule);

        Assert.Empty(pending);
        Assert.Empty(topUp);
        var run = Assert.Single(finished);
        Assert.Equal(("Rose", 5L, 5L), (run.Fired.GiftName, run.Fired.Count, run.Fired.Diamonds));
    }

    [Fact]
    public void A_gift_rule_with_picked_gifts_ignores_other_gifts()
    {
        var rule = Rule(1, TriggerKind.Gift, t => t with { GiftIds = ["5655", "name:Heart Me"] });

        Assert.Single(_kit.Send(Combo("Rose", "5655", 1, 1), rule));
        Assert.Single(_kit.Send(Combo("Heart Me", "", 1, 1), rule));
        Assert.Empty(_kit.Send(Combo("Lion", "6369", 29_999, 1), rule));
    }

    [Fact]
    public void A_gift_rule_needs_its_minimum_value_and_count()
    {
        var rule = Rule(1, TriggerKind.Gift, t => t with { MinDiamonds = 100, MinCount = 2 });

        Assert.Empty(_kit.Send(Combo("Rose", "5655", 1, 99), rule));
        Assert.Empty(_kit.Send(Combo("Lion", "6369", 29_999, 1), rule));
        Assert.Single(_kit.Send(Combo("Doughnut", "5879", 30, 4), rule));
    }

    [Fact]
    public void Backlog_events_never_fire_a_rule()
    {
        var rule = Rule(1, TriggerKind.Follow);

        Assert.Empty(_kit.Send(new FollowEvent(Viewer("ana")) { IsBacklog = true }, rule));
    }

    [Fact]
    public void Follow_share_subscribe_and_join_each_fire_their_own_rules()
    {
        Rule[] rules = [Rule(1, TriggerKind.Follow), Rule(2, TriggerKind.Share), Rule(3, TriggerKind.Subscribe), Rule(4, TriggerKind.Join)];

        long[] Fired(OverlayEvent e) => [.. _kit.Send(e, rules).Select(r => r.Rule.Id)];

        Assert.Equal([1L], Fired(new FollowEvent(Viewer("a"))));
        Assert.Equal([2L], Fired(new ShareEvent(Viewer("b"))));
        Assert.Equal([3L], Fired(new SubscribeEvent(Viewer("c"), 3)));
        Assert.Equal([4L], Fired(new MemberEvent(Viewer("d"))));
    }

    [Fact]
    public void Room_likes_fire_each_time_the_total_passes_a_multiple_of_N()
    {
        var rule = Rule(1, TriggerKind.RoomLikes, t => t with { Likes = 100 });

        var baseline = _kit.Send(new LikeEvent(Viewer("a"), 10, 90), rule);
        var crossed = _kit.Send(new LikeEvent(Viewer("a"), 30, 120), rule);
        var between = _kit.Send(new LikeEvent(Viewer("a"), 30, 150), rule);
        var again = _kit.Send(new LikeEvent(Viewer("a"), 55, 205), rule);

        Assert.Empty(baseline);
        Assert.Equal(120, Assert.Single(crossed).Fired.Likes);
        Assert.Empty(between);
        Assert.Single(again);
    }

    [Fact]
    public void Viewer_likes_fire_when_one_viewer_sends_N_within_T_seconds()
    {
        var rule = Rule(1, TriggerKind.ViewerLikes, t => t with { Likes = 50, WithinSeconds = 10 });

        var first = _kit.Send(new LikeEvent(Viewer("ana"), 30, null), rule);
        var other = _kit.Send(new LikeEvent(Viewer("bob"), 30, null), rule);
        _kit.Time.Advance(TimeSpan.FromSeconds(11));
        var late = _kit.Send(new LikeEvent(Viewer("ana"), 30, null), rule);
        _kit.Time.Advance(TimeSpan.FromSeconds(5));
        var reached = _kit.Send(new LikeEvent(Viewer("ana"), 20, null), rule);

        Assert.Empty(first);
        Assert.Empty(other);
        Assert.Empty(late);
        Assert.Equal(50, Assert.Single(reached).Fired.Count);
    }

    [Fact]
    public void A_chat_command_matches_its_word_and_passes_the_rest_as_args()
    {
        var rule = Rule(1, TriggerKind.ChatCommand, t => t with { Command = "!so" });

        var run = Assert.Single(_kit.Send(new ChatEvent(Viewer("ana"), "  !SO @bob great streamer"), rule));
        Assert.Empty(_kit.Send(new ChatEvent(Viewer("ana"), "!sound"), rule));
        Assert.Empty(_kit.Send(new ChatEvent(Viewer("ana"), "so !so"), rule));
        Assert.Equal("@bob great streamer", run.Fired.Args);
    }

    [Fact]
    public void A_chat_command_with_a_minimum_role_ignores_lower_roles()
    {
        var rule = Rule(1, TriggerKind.ChatCommand, t => t with { Command = "scene", CommandRole = ChatRole.Subscriber });

        Assert.Empty(_kit.Send(new ChatEvent(Viewer("fan", followRole: 1), "!scene"), rule));
        Assert.Single(_kit.Send(new ChatEvent(Viewer("sub", subscriber: true), "!scene"), rule));
        Assert.Single(_kit.Send(new ChatEvent(Viewer("mod", moderator: true), "!scene"), rule));
    }

    [Fact]
    public void Viewers_above_fires_on_crossing_and_rearms_only_after_dropping_back()
    {
        var rule = Rule(1, TriggerKind.ViewersAbove, t => t with { Viewers = 100 });

        long[] Runs(params long[] counts) => [.. counts.Select(c => (long)_kit.Send(new ViewerCountEvent(c), rule).Count)];

        Assert.Equal([0L, 1L, 0L, 0L, 0L, 1L], Runs(90, 101, 150, 101, 100, 120));
    }

    [Fact]
    public void A_goal_reached_fires_the_rules_for_that_goal_or_any_goal()
    {
        Rule[] rules = [Rule(1, TriggerKind.GoalReached, t => t with { GoalSlug = "like-goal" }), Rule(2, TriggerKind.GoalReached),
            Rule(3, TriggerKind.GoalReached, t => t with { GoalSlug = "other" })];

        var runs = _kit.Post(new GoalReachedInput("like-goal", "Likes", 1000, 1000, _kit.Time.GetUtcNow()), rules);

        Assert.Equal([1L, 2L], runs.Select(r => r.Rule.Id));
    }

    [Fact]
    public void Stream_started_fires_on_the_first_room_info_and_again_only_after_an_end()
    {
        Rule[] rules = [Rule(1, TriggerKind.StreamStarted), Rule(2, TriggerKind.StreamEnded)];

        long[] Fired(OverlayEvent e) => [.. _kit.Send(e, rules).Select(r => r.Rule.Id)];

        Assert.Equal([1L], Fired(new RoomInfoEvent("r1", "", 10, 0, "host")));
        Assert.Empty(Fired(new RoomInfoEvent("r1", "", 12, 0, "host")));
        Assert.Equal([2L], Fired(new StreamEndEvent(3)));
        Assert.Empty(Fired(new StreamEndEvent(3)));
        Assert.Equal([1L], Fired(new RoomInfoEvent("r2", "", 5, 0, "host")));
    }

    [Theory]
    [InlineData(1500, 900, TriggerKind.PkWon)]
    [InlineData(900, 1500, TriggerKind.PkLost)]
    public void A_finished_pk_fires_won_or_lost_from_the_last_scores(long ours, long theirs, TriggerKind expected)
    {
        Rule[] rules = [Rule(1, TriggerKind.PkWon), Rule(2, TriggerKind.PkLost)];
        IReadOnlyList<BattleHost> hosts = [new("h1", ours, 0, []), new("h2", theirs, 1, [])];

        _kit.Send(new BattleArmiesEvent("b1", null, 0, 300, hosts, null), rules);
        var runs = _kit.Send(new BattleEvent("b1", BattleStatus.Ended, 300), rules);
        var repeated = _kit.Send(new BattleEvent("b1", BattleStatus.Ended, 300), rules);

        Assert.Equal(expected, Assert.Single(runs).Rule.Trigger.Kind);
        Assert.Empty(repeated);
    }

    [Fact]
    public void A_draw_is_neither_won_nor_lost()
    {
        Rule[] rules = [Rule(1, TriggerKind.PkWon), Rule(2, TriggerKind.PkLost)];

        _kit.Send(new BattleArmiesEvent("b1", null, 0, 300, [new("h1", 700, 0, []), new("h2", 700, 1, [])], null), rules);

        Assert.Empty(_kit.Send(new BattleEvent("b1", BattleStatus.Ended, 300), rules));
    }

    [Fact]
    public void A_disabled_rule_never_fires()
    {
        var rule = Rule(1, TriggerKind.Follow) with { Enabled = false };

        Assert.Empty(_kit.Send(new FollowEvent(Viewer("ana")), rule));
    }

    [Fact]
    public void A_test_marked_event_runs_only_the_tested_rule_even_below_its_thresholds()
    {
        Rule[] rules = [Rule(7, TriggerKind.Gift, t => t with { MinDiamonds = 1000 }), Rule(8, TriggerKind.Gift)];
        var marked = Combo("Rose", "5655", 1, 1) with { User = Viewer(RuleTestMark.UniqueIdFor(7)) };

        var run = Assert.Single(_kit.Send(marked, rules));

        Assert.Equal(7, run.Rule.Id);
        Assert.True(run.Fired.IsTest);
    }
}
