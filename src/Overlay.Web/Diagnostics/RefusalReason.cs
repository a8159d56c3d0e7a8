namespace Overlay.Web.Diagnostics;

/// <summary>Why a request was turned away at the door. Each is counted in /healthz under "refused".</summary>
public enum RefusalReason
{
    /// <summary>The Host header named another site (DNS rebinding) or a name not in Security:AllowedHosts.</summary>
    ForeignHost,

    /// <summary>A WebSocket or circuit request from a page of another origin.</summary>
    ForeignOrigin,

    /// <summary>One address, or all together, already held the most circuits allowed.</summary>
    CircuitLimit,

    /// <summary>The event API already had the most clients allowed.</summary>
    EventApiLimit,

    /// <summary>A sign-in attempt from an address that guessed wrong too often.</summary>
    LoginThrottled,
}
