using Overlay.Web.Rules.Model;

namespace Overlay.Web.Rules.Engine;

/// <summary>
/// A triggered rule's conditions (role, level, LIVE, chance, cooldown) and its rate limit, in that order, so a
/// rule held back by its conditions never uses up its cooldown or its runs. A Test run skips the conditions (it
/// checks what the actions do) but not the rate limit. Called on the engine's loop only.
/// </summary>
public sealed class RuleGate(TimeProvider time, IRandomSource random)
{
    public const int MaxCooldownKeys = 10_000;
    private static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(1);

    private readonly Dictionary<(long Rule, string Viewer), DateTimeOffset> _cooldownUntil = [];
    private readonly Dictionary<long, Queue<DateTimeOffset>> _runs = [];

    public GateVerdict Check(Rule rule, FiredEvent fired, bool isLive)
    {
        var now = time.GetUtcNow();
        var c = rule.Conditions;
        if (!fired.IsTest)
        {
            if (!TriggerRules.HasRole(fired.User, c.MinRole))
            {
                return GateVerdict.Role;
            }
            if (c.MinLevel > 0 && (fired.User?.Level ?? 0) < c.MinLevel)
            {
                return GateVerdict.Level;
            }
            if (c.OnlyWhileLive && !isLive)
            {
                return GateVerdict.NotLive;
            }
            if (c.ChancePercent < 100 && random.NextPercent() >= c.ChancePercent)
            {
                return GateVerdict.Chance;
            }
            if (c.CooldownSeconds > 0 && _cooldownUntil.TryGetValue(CooldownKey(rule, fired), out var until) && now < until)
            {
                return GateVerdict.Cooldown;
            }
        }
        if (!TakeRun(rule, now))
        {
            return GateVerdict.RateLimited;
        }
        if (!fired.IsTest && c.CooldownSeconds > 0)
        {
            if (_cooldownUntil.Count >= MaxCooldownKeys)
            {
                foreach (var key in _cooldownUntil.Where(p => p.Value <= now).Select(p => p.Key).ToList())
                {
                    _cooldownUntil.Remove(key);
                }
            }
            _cooldownUntil[CooldownKey(rule, fired)] = now + TimeSpan.FromSeconds(c.CooldownSeconds);
        }
        return GateVerdict.Run;
    }

    private static (long, string) CooldownKey(Rule rule, FiredEvent fired) =>
        (rule.Id, rule.Conditions.CooldownPerViewer ? fired.ViewerKey : "");

    private bool TakeRun(Rule rule, DateTimeOffset now)
    {
        if (!_runs.TryGetValue(rule.Id, out var runs))
        {
            runs = new Queue<DateTimeOffset>();
            _runs[rule.Id] = runs;
        }
        while (runs.TryPeek(out var oldest) && now - oldest >= RateWindow)
        {
            runs.Dequeue();
        }
        if (runs.Count >= Math.Max(1, rule.MaxRunsPerMinute))
        {
            return false;
        }
        runs.Enqueue(now);
        return true;
    }
}
