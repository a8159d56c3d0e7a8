using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Overlay.Web.Events;
using Overlay.Web.Rules.Engine;
using Overlay.Web.Rules.Model;

namespace Overlay.Tests.Infrastructure;

/// <summary>The rule engine's matching half (matcher, triggers, conditions, rate limit) on a fake clock and a scripted random source.</summary>
public sealed class RuleKit
{
    public RuleKit()
    {
        Time = new FakeTimeProvider(EventTestData.Start);
        Status = new RuleStatusBoard(Time);
        Dispatcher = new RuleDispatcher(new RuleMatcher(new TriggerRules()), new RuleGate(Time, Random), Metrics, Status,
            new ThrottledLog(Time), NullLogger<RuleDispatcher>.Instance);
    }

    public FakeTimeProvider Time { get; }

    public ScriptedRandom Random { get; } = new();

    public RuleMetrics Metrics { get; } = new();

    public RuleStatusBoard Status { get; }

    public RuleDispatcher Dispatcher { get; }

    /// <summary>The runs one event starts.</summary>
    public IReadOnlyList<RuleRun> Send(OverlayEvent evt, params Rule[] rules) => Dispatcher.Dispatch(new EventInput(evt, Time.GetUtcNow()), rules);

    public IReadOnlyList<RuleRun> Post(RuleInput input, params Rule[] rules) => Dispatcher.Dispatch(input, rules);

    public static Rule Rule(long id, TriggerKind kind, Func<RuleTrigger, RuleTrigger>? trigger = null, Func<RuleConditions, RuleConditions>? conditions = null) => new()
    {
        Id = id,
        Name = $"rule {id}",
        Trigger = (trigger ?? (t => t))(new RuleTrigger { Kind = kind }),
        Conditions = (conditions ?? (c => c))(new RuleConditions()),
        Actions = [new RuleAction { Kind = ActionKind.ShowMedia, Text = "{nickname}" }],
        MaxRunsPerMinute = 600,
    };

    public static ViewerUser Viewer(string name, bool moderator = false, bool subscriber = false, int followRole = 0, int level = 0) =>
        EventTestData.User(name) with { IsModerator = moderator, IsSubscriber = subscriber, FollowRole = followRole, Level = level };

    public static GiftComboEvent Combo(string giftName, string giftId, int each, int count, ComboPhase phase = ComboPhase.Finished, string from = "ana") =>
        new(EventTestData.User(from), giftId, giftName, null, each, count, phase, count);
}

/// <summary>Returns the queued percentages in order, then 0 (always passes).</summary>
public sealed class ScriptedRandom : IRandomSource
{
    private readonly Queue<double> _next = new();

    public void Then(params double[] percents)
    {
        foreach (var p in percents)
        {
            _next.Enqueue(p);
        }
    }

    public double NextPercent() => _next.TryDequeue(out var p) ? p : 0;
}
