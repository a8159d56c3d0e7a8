using Overlay.Web.Rules.Model;

namespace Overlay.Web.Rules.Engine;

/// <summary>
/// One input in, the rule runs it starts out: the triggers (<see cref="RuleMatcher"/>), then each rule's conditions
/// and rate limit (<see cref="RuleGate"/>). Over-the-limit triggers are counted, shown beside the rule and logged
/// (throttled). Called by the engine's loop only, one input at a time.
/// </summary>
public sealed partial class RuleDispatcher(RuleMatcher matcher, RuleGate gate, RuleMetrics metrics, RuleStatusBoard status, ThrottledLog throttle, ILogger<RuleDispatcher> logger)
{
    public IReadOnlyList<RuleRun> Dispatch(RuleInput input, IReadOnlyList<Rule> rules)
    {
        var runs = new List<RuleRun>();
        foreach (var (rule, fired) in matcher.Match(input, rules))
        {
            var verdict = gate.Check(rule, fired, matcher.IsLive);
            if (verdict == GateVerdict.Run)
            {
                runs.Add(new RuleRun(rule, fired));
            }
            else if (verdict == GateVerdict.RateLimited)
            {
                metrics.CountRateLimited();
                status.Skipped(rule.Id, $"Over its limit of {rule.MaxRunsPerMinute} runs per minute.");
                if (throttle.ShouldLog("rate:" + rule.Id, out var suppressed))
                {
                    LogRateLimited(logger, rule.Name, rule.MaxRunsPerMinute, suppressed);
                }
            }
        }
        return runs;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Rule {Rule} triggered more than {PerMinute} times in a minute; the extra runs were skipped ({Suppressed} more not logged in the last 10 s)")]
    private static partial void LogRateLimited(ILogger logger, string rule, int perMinute, long suppressed);
}
