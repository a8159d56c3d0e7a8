using Overlay.Web.Diagnostics;

namespace Overlay.Web.Diagnostics;

/// <summary>
/// At most one log line per drop reason per <see cref="Interval"/> (protocol.md §9: logged, rate-limited), so a
/// flood of bad frames cannot flood the log. Counts what it held back so the next line can say so. Thread-safe.
/// </summary>
public sealed class DropLogThrottle(TimeProvider time, TimeSpan interval)
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private readonly Dictionary<DropReason, (DateTimeOffset LastLogged, long Suppressed)> _byReason = [];

    public DropLogThrottle(TimeProvider time) : this(time, DefaultInterval)
    {
    }

    public TimeSpan Interval { get; } = interval;

    /// <summary>True when this drop should be logged; <paramref name="suppressed"/> is how many were not since.</summary>
    public bool ShouldLog(DropReason reason, out long suppressed)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_byReason.TryGetValue(reason, out var state) && now - state.LastLogged < Interval)
            {
                _byReason[reason] = state with { Suppressed = state.Suppressed + 1 };
                suppressed = 0;
                return false;
            }
            suppressed = state.Suppressed;
            _byReason[reason] = (now, 0);
            return true;
        }
    }
}
