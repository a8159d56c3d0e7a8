using System.Collections.Immutable;
using Overlay.Web.Events;

namespace Overlay.Web.Rules.Engine;

/// <summary>Last fired, run count and last error per rule, in memory, for the admin's list. Thread-safe; subscribers are told of each change.</summary>
public sealed class RuleStatusBoard(TimeProvider time)
{
    private static readonly RuleStatus Never = new(null, 0, null, null, null);

    private readonly HandlerList<Action> _handlers = new();
    private ImmutableDictionary<long, RuleStatus> _byRule = ImmutableDictionary<long, RuleStatus>.Empty;

    public RuleStatus For(long ruleId) => Volatile.Read(ref _byRule).GetValueOrDefault(ruleId) ?? Never;

    public IDisposable Subscribe(Action changed) => _handlers.Add(changed);

    public void Fired(long ruleId) => Update(ruleId, s => s with { LastFired = time.GetUtcNow(), Runs = s.Runs + 1, LastSkipped = null });

    public void Failed(long ruleId, string problem) => Update(ruleId, s => s with { LastError = problem, LastErrorAt = time.GetUtcNow() });

    public void Succeeded(long ruleId) => Update(ruleId, s => s.LastError is null ? s : s with { LastError = null, LastErrorAt = null });

    /// <summary>Why the last trigger did not run (rate limit, budget): shown until the next run.</summary>
    public void Skipped(long ruleId, string why) => Update(ruleId, s => s.LastSkipped == why ? s : s with { LastSkipped = why });

    private void Update(long ruleId, Func<RuleStatus, RuleStatus> change)
    {
        var before = Volatile.Read(ref _byRule);
        ImmutableInterlocked.Update(ref _byRule, d => d.SetItem(ruleId, change(d.GetValueOrDefault(ruleId) ?? Never)));
        if (!ReferenceEquals(before, Volatile.Read(ref _byRule)))
        {
            foreach (var handler in _handlers.Snapshot)
            {
                handler();
            }
        }
    }
}
