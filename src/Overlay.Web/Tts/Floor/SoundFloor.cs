using Overlay.Web.Events;

namespace Overlay.Web.Tts.Floor;

/// <summary>
/// Who may make sound now, decided on the server so it holds for every OBS page at once: an alert that plays a
/// sound claims the floor for as long as it can play (its display time: the sound leaves with the alert), and
/// speech only starts while the floor is free. A claim also tells speech to stop at once (<see cref="Subscribe"/>),
/// so a voice never talks over an alert that arrives mid-sentence. One per app; thread-safe.
/// </summary>
public sealed class SoundFloor(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly HandlerList<Action> _claims = new();
    private DateTimeOffset _busyUntil = DateTimeOffset.MinValue;

    /// <summary>When the last claim ends (MinValue when there never was one).</summary>
    public DateTimeOffset FreeAt
    {
        get
        {
            lock (_gate)
            {
                return _busyUntil;
            }
        }
    }

    /// <summary>How long until the floor is free; zero when it is.</summary>
    public TimeSpan FreeIn
    {
        get
        {
            var left = FreeAt - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    public bool IsFree => FreeIn == TimeSpan.Zero;

    /// <summary>An alert sound starts now and may play for <paramref name="duration"/>; overlapping claims extend the busy time.</summary>
    public void Claim(TimeSpan duration)
    {
        var until = time.GetUtcNow() + duration;
        lock (_gate)
        {
            if (until > _busyUntil)
            {
                _busyUntil = until;
            }
        }
        // Outside the lock: handlers take their own state's lock.
        foreach (var handler in _claims.Snapshot)
        {
            handler();
        }
    }

    /// <summary>Called on each <see cref="Claim"/>, on the claimer's thread. Handlers must be quick.</summary>
    public IDisposable Subscribe(Action claimed) => _claims.Add(claimed);
}
