namespace Overlay.Web.Admin;

/// <summary>
/// Slows password guessing from other devices: after <see cref="MaxFailures"/> wrong passwords within
/// <see cref="Window"/>, every login is refused until the window has passed.
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _failures = new();

    public bool IsLockedOut
    {
        get
        {
            lock (_gate)
            {
                Trim();
                return _failures.Count >= MaxFailures;
            }
        }
    }

    public void RecordFailure()
    {
        lock (_gate)
        {
            Trim();
            _failures.Enqueue(time.GetUtcNow());
        }
    }

    public void RecordSuccess()
    {
        lock (_gate)
        {
            _failures.Clear();
        }
    }

    private void Trim()
    {
        var cutoff = time.GetUtcNow() - Window;
        while (_failures.TryPeek(out var oldest) && oldest <= cutoff)
        {
            _failures.Dequeue();
        }
    }
}
