namespace Overlay.Web.Upstream;

/// <summary>
/// The reconnect schedule of protocol.md §8, as an immutable value: <see cref="Next"/> returns the decision and the
/// policy to use for the following close, so the client can also re-decide a close (a late limit notice) from the
/// policy it had before it. Pure: no clock, no I/O.
/// </summary>
public sealed record ReconnectPolicy
{
    public static readonly TimeSpan HealthyAfter = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan TransientCap = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan SlowWait = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan LimitStart = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan LimitCap = TimeSpan.FromMinutes(10);

    public static ReconnectPolicy Initial { get; } = new();

    /// <summary>Transient failures since the last healthy socket: drives 1, 2, 4, 8, 16, 30, 30 … s.</summary>
    public int TransientFailures { get; init; }

    /// <summary>Limit closes since the last healthy socket: drives 60 s doubling to 10 min.</summary>
    public int LimitFailures { get; init; }

    /// <summary>Reconnect attempts of any kind since the last healthy socket, for the status line.</summary>
    public int Attempts { get; init; }

    /// <summary>
    /// §8: reset the backoff only after roomInfo or 60 s open. Resetting on open (as the docs do) turns
    /// "open, then immediate close" into a tight loop that burns the plan's connect budget.
    /// </summary>
    public static bool WasHealthy(bool receivedRoomInfo, TimeSpan openFor) =>
        receivedRoomInfo || openFor >= HealthyAfter;

    public static TimeSpan TransientDelay(int failures) =>
        failures <= 0 ? TimeSpan.Zero : Min(TimeSpan.FromSeconds(Math.Pow(2, Math.Min(failures - 1, 10))), TransientCap);

    public static TimeSpan LimitDelay(int failures) =>
        failures <= 0 ? TimeSpan.Zero : Min(LimitStart * Math.Pow(2, Math.Min(failures - 1, 10)), LimitCap);

    /// <param name="kind">What the close meant (<see cref="CloseCodeClassifier"/>).</param>
    /// <param name="sessionWasHealthy">See <see cref="WasHealthy"/>; false for a handshake that never opened.</param>
    public (ReconnectDecision Decision, ReconnectPolicy Next) Next(CloseKind kind, bool sessionWasHealthy)
    {
        var start = sessionWasHealthy ? Initial : this;
        switch (kind)
        {
            case CloseKind.KeyRejected:
                return (Stop(kind, StopReason.KeyRejected), start);
            case CloseKind.UnknownUser:
                return (Stop(kind, StopReason.UnknownUser), start);
            case CloseKind.QuotaUsedUp:
                return (Stop(kind, StopReason.QuotaUsedUp), start);
            case CloseKind.ReplacedByUs:
                return (new ReconnectDecision(ReconnectAction.ConnectNow, TimeSpan.Zero, kind, WaitReason.None, StopReason.None, start.Attempts), start);
        }

        var next = start with { Attempts = start.Attempts + 1 };
        switch (kind)
        {
            case CloseKind.NotLive or CloseKind.StreamEnded or CloseKind.PlanLifetime:
                // Slow wait: not a failure, so the transient and limit counters stay where they are.
                return (Wait(SlowWait, kind, next.Attempts), next);
            case CloseKind.StreamRestarting:
                // §10: the next attempt on the transient schedule; a creator who is really offline then answers
                // not-live, which switches to the slow wait.
                next = next with { TransientFailures = start.TransientFailures + 1 };
                return (Wait(TransientDelay(next.TransientFailures), kind, next.Attempts), next);
            case CloseKind.RateLimited or CloseKind.PlanLimit or CloseKind.ReplacedByAnotherConnection:
                next = next with { LimitFailures = start.LimitFailures + 1 };
                return (Wait(LimitDelay(next.LimitFailures), kind, next.Attempts), next);
            default:
                next = next with { TransientFailures = start.TransientFailures + 1 };
                return (Wait(TransientDelay(next.TransientFailures), CloseKind.Transient, next.Attempts), next);
        }
    }

    private static ReconnectDecision Stop(CloseKind kind, StopReason reason) =>
        new(ReconnectAction.Stop, TimeSpan.Zero, kind, WaitReason.None, reason, 0);

    private static ReconnectDecision Wait(TimeSpan delay, CloseKind kind, int attempt) =>
        new(ReconnectAction.Wait, delay, kind, WaitReasonFor(kind), StopReason.None, attempt);

    private static WaitReason WaitReasonFor(CloseKind kind) => kind switch
    {
        CloseKind.NotLive => WaitReason.NotLive,
        CloseKind.StreamEnded or CloseKind.StreamRestarting => WaitReason.StreamEnded,
        CloseKind.PlanLifetime or CloseKind.PlanLimit => WaitReason.PlanLimit,
        CloseKind.RateLimited => WaitReason.RateLimited,
        CloseKind.ReplacedByAnotherConnection => WaitReason.ReplacedByAnotherConnection,
        _ => WaitReason.Transient,
    };

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
