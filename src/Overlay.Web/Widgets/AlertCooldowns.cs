using Overlay.Widgets.GiftAlert;

namespace Overlay.Web.Widgets;

/// <summary>
/// Per-type cooldowns of the alert box: the same viewer's alerts of one type, and one type's sounds. Not thread
/// safe; <see cref="GiftAlertState"/> calls it under its lock.
/// </summary>
internal sealed class AlertCooldowns(TimeProvider time)
{
    // Bounded: a raid of new viewers must not grow memory without end; expired entries go first.
    private const int MaxViewers = 10_000;

    private readonly Dictionary<(AlertKind, string), DateTimeOffset> _viewerUntil = [];
    private readonly Dictionary<AlertKind, DateTimeOffset> _soundUntil = [];

    /// <summary>True (and the viewer's cooldown starts) unless this viewer alerted for this type within the cooldown.</summary>
    public bool AdmitViewer(AlertKind kind, string viewer, TimeSpan cooldown)
    {
        if (cooldown <= TimeSpan.Zero || viewer.Length == 0)
        {
            return true;
        }
        var now = time.GetUtcNow();
        if (_viewerUntil.TryGetValue((kind, viewer), out var until) && now < until)
        {
            return false;
        }
        if (_viewerUntil.Count >= MaxViewers)
        {
            Prune(now);
        }
        _viewerUntil[(kind, viewer)] = now + cooldown;
        return true;
    }

    /// <summary>True (and the type's sound cooldown starts) unless a sound of this type started within the cooldown.</summary>
    public bool AdmitSound(AlertKind kind, TimeSpan cooldown)
    {
        if (cooldown <= TimeSpan.Zero)
        {
            return true;
        }
        var now = time.GetUtcNow();
        if (_soundUntil.TryGetValue(kind, out var until) && now < until)
        {
            return false;
        }
        _soundUntil[kind] = now + cooldown;
        return true;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var key in _viewerUntil.Where(p => p.Value <= now).Select(p => p.Key).ToList())
        {
            _viewerUntil.Remove(key);
        }
        if (_viewerUntil.Count >= MaxViewers)
        {
            _viewerUntil.Clear(); // All still cooling: forgetting them lets a few repeat rather than grow without end.
        }
    }
}
