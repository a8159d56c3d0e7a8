namespace Overlay.Web.Tts.Queue;

/// <summary>When each viewer was last read, so one viewer cannot fill the queue. Bounded: old entries are forgotten. Under the owner's lock.</summary>
public sealed class ViewerCooldown(TimeProvider time)
{
    private const int MaxViewers = 4096;
    private readonly Dictionary<string, DateTimeOffset> _last = new(StringComparer.Ordinal);

    /// <summary>True (and the viewer's time taken) when <paramref name="viewerKey"/> was not read within <paramref name="cooldown"/>.</summary>
    public bool Admit(string viewerKey, TimeSpan cooldown)
    {
        if (cooldown <= TimeSpan.Zero || viewerKey.Length == 0)
        {
            return true;
        }
        var now = time.GetUtcNow();
        if (_last.TryGetValue(viewerKey, out var last) && now - last < cooldown)
        {
            return false;
        }
        if (_last.Count >= MaxViewers)
        {
            foreach (var old in _last.Where(p => now - p.Value >= cooldown).Select(p => p.Key).ToList())
            {
                _last.Remove(old);
            }
            if (_last.Count >= MaxViewers)
            {
                _last.Clear();
            }
        }
        _last[viewerKey] = now;
        return true;
    }
}
