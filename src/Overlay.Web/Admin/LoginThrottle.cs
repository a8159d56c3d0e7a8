namespace Overlay.Web.Admin;

/// <summary>
/// Slows password guessing, per remote address, so a device that guesses never locks out the streamer's own
/// tablet: after <see cref="MaxFailures"/> wrong passwords within <see cref="Window"/>, that address is locked
/// out for <see cref="FirstLockout"/>, twice as long after each further lockout, up to <see cref="MaxLockout"/>.
/// A right password clears its address. At most <see cref="MaxAddresses"/> addresses are remembered.
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;
    public const int MaxAddresses = 1024;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan FirstLockout = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxLockout = TimeSpan.FromMinutes(30);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Record> _addresses = new(StringComparer.Ordinal);

    /// <summary>How long <paramref name="address"/> must still wait; zero when it may try.</summary>
    public TimeSpan LockedOutFor(string address)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            return _addresses.TryGetValue(address, out var record) && record.LockedUntil > now
                ? record.LockedUntil - now
                : TimeSpan.Zero;
        }
    }

    public bool IsLockedOut(string address) => LockedOutFor(address) > TimeSpan.Zero;

    /// <summary>Addresses remembered now (bounded by <see cref="MaxAddresses"/>).</summary>
    public int AddressCount
    {
        get
        {
            lock (_gate)
            {
                return _addresses.Count;
            }
        }
    }

    public void RecordFailure(string address)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (!_addresses.TryGetValue(address, out var record))
            {
                Forget(now);
                _addresses[address] = record = new Record();
            }
            record.LastSeen = now;
            while (record.Failures.TryPeek(out var oldest) && oldest <= now - Window)
            {
                record.Failures.Dequeue();
            }
            record.Failures.Enqueue(now);
            if (record.Failures.Count >= MaxFailures)
            {
                var lockout = FirstLockout * Math.Pow(2, Math.Min(record.Lockouts, 10));
                record.LockedUntil = now + (lockout < MaxLockout ? lockout : MaxLockout);
                record.Lockouts++;
                record.Failures.Clear();
            }
        }
    }

    public void RecordSuccess(string address)
    {
        lock (_gate)
        {
            _addresses.Remove(address);
        }
    }

    /// <summary>Keeps the table bounded: drops addresses quiet for longer than the longest lockout, then the oldest.</summary>
    private void Forget(DateTimeOffset now)
    {
        if (_addresses.Count < MaxAddresses)
        {
            return;
        }
        foreach (var (address, _) in _addresses.Where(p => p.Value.LastSeen < now - MaxLockout && p.Value.LockedUntil <= now).ToList())
        {
            _addresses.Remove(address);
        }
        while (_addresses.Count >= MaxAddresses)
        {
            _addresses.Remove(_addresses.MinBy(p => p.Value.LastSeen).Key);
        }
    }

    private sealed class Record
    {
        public Queue<DateTimeOffset> Failures { get; } = new();
        public DateTimeOffset LockedUntil { get; set; }
        public DateTimeOffset LastSeen { get; set; }
        public int Lockouts { get; set; }
    }
}
