namespace Overlay.Web.Rules.Engine;

/// <summary>
/// The global action budget: at most N actions per second over all rules (a fixed one-second window on the
/// injected clock). An action past it is skipped, counted and logged; "wait" costs nothing. Thread-safe.
/// </summary>
public sealed class ActionBudget(TimeProvider time, int perSecond)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _used;

    public int PerSecond { get; } = Math.Max(1, perSecond);

    public bool TryTake()
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (now - _windowStart >= TimeSpan.FromSeconds(1))
            {
                _windowStart = now;
                _used = 0;
            }
            if (_used >= PerSecond)
            {
                return false;
            }
            _used++;
            return true;
        }
    }
}
