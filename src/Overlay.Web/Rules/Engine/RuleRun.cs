using Overlay.Web.Rules.Model;

namespace Overlay.Web.Rules.Engine;

/// <summary>One rule to run for one event, queued from the engine's loop to the runner.</summary>
public sealed record RuleRun(Rule Rule, FiredEvent Fired);
