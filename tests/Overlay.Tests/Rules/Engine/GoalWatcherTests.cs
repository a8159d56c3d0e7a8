using System.Collections.Concurrent;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Events;
using Overlay.Web.Rules.Engine;
using Overlay.Web.Rules.Model;

namespace Overlay.Tests.Rules.Engine;

/// <summary>Goals reaching their target become rule inputs, except when a rule's own goal action did it (no loops).</summary>
public sealed class GoalWatcherTests : IDisposable
{
    private readonly ActionKit _kit = new();
    private readonly RecordingInputs _inputs = new();
    private readonly GoalWatcher _watcher;

    public GoalWatcherTests()
    {
        _watcher = new GoalWatcher(_kit.Registry, _inputs, _kit.Origin, _kit.Time);
        _watcher.StartAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();
    }

    [Fact]
    public void Likes_reaching_the_target_post_a_goal_reached()
    {
        _kit.Hub.Publish(new RoomInfoEvent("r1", "", 1, 10, "host"));
        _kit.Hub.Publish(new LikeEvent(RuleKit.Viewer("ana"), 50, 60));
        var before = _inputs.All.Count;
        _kit.Hub.Publish(new LikeEvent(RuleKit.Viewer("ana"), 50, 110));

        Assert.Equal(0, before);
        var reached = Assert.IsType<GoalReachedInput>(Assert.Single(_inputs.All));
        Assert.Equal(("like-goal", 100L), (reached.Slug, reached.Target));
    }

    [Fact]
    public async Task A_goal_pushed_past_its_target_by_a_rule_action_triggers_nothing()
    {
        var rule = RuleKit.Rule(1, TriggerKind.GoalReached) with
        {
            Actions = [new RuleAction { Kind = ActionKind.Goal, Goal = "like-goal", GoalChange = GoalChange.Set, Amount = 150 }],
        };

        await _kit.Runner.RunAsync(new RuleRun(rule, new FiredEvent(TriggerKind.GoalReached, EventTestData.Start)), TestContext.Current.CancellationToken);

        Assert.Equal(150, _kit.Goal.Current.Current);
        Assert.Empty(_inputs.All);
    }

    [Fact]
    public void The_admin_setting_progress_past_the_target_is_a_goal_reached()
    {
        _kit.Goal.SetProgress(100);

        Assert.Single(_inputs.All);
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _kit.Dispose();
    }

    private sealed class RecordingInputs : IRuleInputs
    {
        private readonly ConcurrentQueue<RuleInput> _all = new();

        public IReadOnlyList<RuleInput> All => [.. _all];

        public bool Post(RuleInput input)
        {
            _all.Enqueue(input);
            return true;
        }
    }
}
