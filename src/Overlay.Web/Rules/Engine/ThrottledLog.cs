namespace Overlay.Web.Rules.Engine;

/// <summary>At most one log line per key per 10 s, counting what it held back (like Diagnostics/DropLogThrottle, keyed by text). Thread-safe.</summary>
public sealed class ThrottledLog(TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private const int MaxKeys = 1000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset LastLogged, long Suppressed)> _byKey = new(StringComparer.Ordinal);

    public bool ShouldLog(string key, out long suppressed)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out var state) && now - state.LastLogged < Interval)
            {
                _byKey[key] = state with { Suppressed = state.Suppressed + 1 };
                suppressed = 0;
                return false;
            }
            if (_byKey.Count >= MaxKeys)
            {
                _byKey.Clear();
            }
            suppressed = state.Suppressed;
            _byKey[key] = (now, 0);
            return true;
        }
    }
}
