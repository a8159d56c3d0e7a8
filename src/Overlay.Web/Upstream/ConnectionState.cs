namespace Overlay.Web.Upstream;

public enum ConnectionState
{
    Idle,
    Connecting,
    Connected,
    Reconnecting,
    /// <summary>Stopped for good until the config changes or the user asks (§8): see <see cref="StopReason"/>.</summary>
    Stopped,
}

public enum StopReason
{
    None,
    KeyRejected,
    UnknownUser,
    QuotaUsedUp,
    UserRequested,

    /// <summary>The settings cannot work (no username, bad URL): the summary says what to fix.</summary>
    NotConfigured,

    /// <summary>A replay reached the end of its file (or could not be read); the admin can play it again.</summary>
    ReplayFinished,
}

/// <summary>Why the client is waiting before its next attempt (§8).</summary>
public enum WaitReason
{
    None,
    Transient,
    NotLive,
    StreamEnded,
    PlanLimit,
    RateLimited,
    ReplacedByAnotherConnection,
}
