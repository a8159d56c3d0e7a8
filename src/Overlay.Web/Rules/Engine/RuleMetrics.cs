namespace Overlay.Web.Rules.Engine;

/// <summary>Counters of the rule engine for /healthz and the admin. Thread-safe.</summary>
public sealed class RuleMetrics
{
    private long _fired;
    private long _actions;
    private long _failed;
    private long _rateLimited;
    private long _overBudget;
    private long _queueFull;

    public void CountFired() => Interlocked.Increment(ref _fired);

    public void CountAction() => Interlocked.Increment(ref _actions);

    public void CountFailed() => Interlocked.Increment(ref _failed);

    public void CountRateLimited() => Interlocked.Increment(ref _rateLimited);

    public void CountOverBudget() => Interlocked.Increment(ref _overBudget);

    public void CountQueueFull() => Interlocked.Increment(ref _queueFull);

    public RuleStats Snapshot() => new(
        Interlocked.Read(ref _fired), Interlocked.Read(ref _actions), Interlocked.Read(ref _failed),
        Interlocked.Read(ref _rateLimited), Interlocked.Read(ref _overBudget), Interlocked.Read(ref _queueFull));
}

/// <summary>
/// What /healthz says of the rules: runs started, actions done, actions that failed, triggers over a rule's rate
/// limit, actions over the global budget, and inputs or runs dropped because the engine fell behind.
/// </summary>
public sealed record RuleStats(long Fired, long Actions, long Failed, long RateLimited, long OverBudget, long QueueFull);
