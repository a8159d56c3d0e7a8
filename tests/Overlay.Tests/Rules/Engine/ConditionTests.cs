using Overlay.Tests.Infrastructure;
using Overlay.Web.Events;
using Overlay.Web.Rules.Engine;
using Overlay.Web.Rules.Model;
using Overlay.Widgets.ChatTicker;
using static Overlay.Tests.Infrastructure.RuleKit;

namespace Overlay.Tests.Rules.Engine;

/// <summary>Conditions, cooldowns and the per-rule rate limit, on the fake clock.</summary>
public sealed class ConditionTests
{
    private readonly RuleKit _kit = new();

    [Fact]
    public void The_viewer_role_condition_holds_back_lower_roles()
    {
        var rule = Rule(1, TriggerKind.Follow, conditions: c => c with { MinRole = ChatRole.Moderator });

        Assert.Empty(_kit.Send(new FollowEvent(Viewer("fan", subscriber: true)), rule));
        Assert.Single(_kit.Send(new FollowEvent(Viewer("mod", moderator: true)), rule));
    }

    [Fact]
    public void The_level_condition_needs_the_gifter_level()
    {
        var rule = Rule(1, TriggerKind.Follow, conditions: c => c with { MinLevel = 10 });

        Assert.Empty(_kit.Send(new FollowEvent(Viewer("low", level: 9)), rule));
        Assert.Single(_kit.Send(new FollowEvent(Viewer("high", level: 10)), rule));
    }

    [Fact]
    public void Only_while_live_waits_for_a_room_info_and_stops_at_the_end()
    {
        var rule = Rule(1, TriggerKind.Follow, conditions: c => c with { OnlyWhileLive = true });

        var before = _kit.Send(new FollowEvent(Viewer("a")), rule);
        _kit.Send(new RoomInfoEvent("r1", "", 1, 0, "host"), rule);
        var live = _kit.Send(new FollowEvent(Viewer("b")), rule);
        _kit.Send(new StreamEndEvent(3), rule);
        var after = _kit.Send(new FollowEvent(Viewer("c")), rule);

        Assert.Empty(before);
        Assert.Single(live);
        Assert.Empty(after);
    }

    [Fact]
    public void The_chance_condition_runs_when_the_draw_is_below_it()
    {
        var rule = Rule(1, TriggerKind.Follow, conditions: c => c with { ChancePercent = 30 });
        _kit.Random.Then(29.9, 30, 75);

        long[] runs = [.. Enumerable.Range(0, 3).Select(i => (long)_kit.Send(new FollowEvent(Viewer("v" + i)), rule).Count)];

        Assert.Equal([1L, 0L, 0L], runs);
    }

    [Fact]
    public void A_global_cooldown_holds_every_viewer_until_it_has_passed()
    {
        var rule = Rule(1, TriggerKind.Follow, conditions: c => c with { CooldownSeconds = 30 });

        var first = _kit.Send(new FollowEvent(Viewer("a")), rule);
        _kit.Time.Advance(TimeSpan.FromSeconds(29));
        var during = _kit.Send(new FollowEvent(Viewer("b")), rule);
        _kit.Time.Advance(TimeSpan.FromSeconds(1));
        var after = _kit.Send(new FollowEvent(Viewer("c")), rule);

        Assert.Single(first);
        Assert.Empty(during);
        Assert.Single(after);
    }

    [Fact]
    public void A_per_viewer_cooldown_holds_only_the_same_viewer()
    {
        var rule = Rule(1, TriggerKind.Follow, conditions: c => c with { CooldownSeconds = 60, CooldownPerViewer = true });

        Assert.Single(_kit.Send(new FollowEvent(Viewer("a")), rule));
        Assert.Empty(_kit.Send(new FollowEvent(Viewer("a")), rule));
        Assert.Single(_kit.Send(new FollowEvent(Viewer("b")), rule));
    }

    [Fact]
    public void A_rule_held_back_by_chance_does_not_start_its_cooldown()
    {
        var rule = Rule(1, TriggerKind.Follow, conditions: c => c with { ChancePercent = 50, CooldownSeconds = 60 });
        _kit.Random.Then(99, 0);

        Assert.Empty(_kit.Send(new FollowEvent(Viewer("a")), rule));
        Assert.Single(_kit.Send(new FollowEvent(Viewer("b")), rule));
    }

    [Fact]
    public void Past_its_runs_per_minute_a_rule_is_skipped_counted_and_shown()
    {
        var rule = Rule(1, TriggerKind.Follow) with { MaxRunsPerMinute = 2 };

        long[] runs = [.. Enumerable.Range(0, 4).Select(i => (long)_kit.Send(new FollowEvent(Viewer("v" + i)), rule).Count)];
        _kit.Time.Advance(TimeSpan.FromMinutes(1));
        var later = _kit.Send(new FollowEvent(Viewer("late")), rule);

        Assert.Equal([1L, 1L, 0L, 0L], runs);
        Assert.Single(later);
        Assert.Equal(2, _kit.Metrics.Snapshot().RateLimited);
        Assert.Contains("2 runs per minute", _kit.Status.For(1).LastSkipped);
    }

    [Fact]
    public void A_test_run_skips_the_conditions()
    {
        var rule = Rule(5, TriggerKind.Follow, conditions: c => c with { MinRole = ChatRole.Moderator, OnlyWhileLive = true, ChancePercent = 1 });
        _kit.Random.Then(99);

        var runs = _kit.Send(new FollowEvent(Viewer(RuleTestMark.UniqueIdFor(5))), rule);

        Assert.True(Assert.Single(runs).Fired.IsTest);
    }
}
