namespace Overlay.Web.Upstream;

/// <summary>What a socket's end means for reconnection: one row of the protocol.md §8 table.</summary>
public enum CloseKind
{
    /// <summary>Network drop, overload, restart, unknown code: transient backoff 1 → 30 s.</summary>
    Transient,

    /// <summary>4000 / 4404: slow wait.</summary>
    NotLive,

    /// <summary>4001, or a close after a streamEnd event: slow wait.</summary>
    StreamEnded,

    /// <summary>
    /// 4005, or a close after a streamEnd that says <c>reconnect: true</c> (§10): the provider resolves the
    /// creator's next room, so the next attempt goes out on the transient schedule; then §8 as usual.
    /// </summary>
    StreamRestarting,

    /// <summary>4006, maximum socket lifetime for the plan: slow wait.</summary>
    PlanLifetime,

    /// <summary>4002 / 1008 or HTTP 429: limit backoff.</summary>
    RateLimited,

    /// <summary>After a limit notice frame (§2), or a close reason that mentions "limit": limit backoff.</summary>
    PlanLimit,

    /// <summary>4429 "evicted" while we did not replace the socket ourselves: limit backoff.</summary>
    ReplacedByAnotherConnection,

    /// <summary>4429 "evicted" on a socket we were replacing anyway: nothing to do.</summary>
    ReplacedByUs,

    /// <summary>4003 / 4401 or HTTP 401 / 403: stop.</summary>
    KeyRejected,

    /// <summary>4004: stop.</summary>
    UnknownUser,

    /// <summary>4429 (other reasons) / 4555 or a "daily" reason: stop (we do not wait an hour and retry).</summary>
    QuotaUsedUp,
}
