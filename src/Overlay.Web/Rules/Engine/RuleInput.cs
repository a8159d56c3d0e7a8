using Overlay.Web.Events;
using Overlay.Web.Rules.Model;

namespace Overlay.Web.Rules.Engine;

/// <summary>What the rule engine's loop reads: hub events, goals reaching their target, and direct test runs.</summary>
public abstract record RuleInput(DateTimeOffset At);

/// <summary>An event as the hub published it.</summary>
public sealed record EventInput(OverlayEvent Event, DateTimeOffset At) : RuleInput(At);

/// <summary>A goal widget's progress reached its target.</summary>
public sealed record GoalReachedInput(string Slug, string Title, long Progress, long Target, DateTimeOffset At) : RuleInput(At);

/// <summary>
/// A Test button press for a trigger whose real event would disturb the stream (the stream ending, a goal being
/// reached): the rule runs from here instead of from frames.
/// </summary>
public sealed record TestInput(long RuleId, FiredEvent Fired, DateTimeOffset At) : RuleInput(At);
