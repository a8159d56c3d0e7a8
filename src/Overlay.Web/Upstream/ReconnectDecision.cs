namespace Overlay.Web.Upstream;

public enum ReconnectAction
{
    /// <summary>Wait <see cref="ReconnectDecision.Delay"/>, then connect.</summary>
    Wait,

    /// <summary>Connect again at once (our own replacement; nothing went wrong).</summary>
    ConnectNow,

    /// <summary>Do not reconnect until the config changes or the user asks (§8).</summary>
    Stop,
}

/// <summary>What to do after a socket ended. <see cref="Attempt"/> counts reconnects since the last healthy socket.</summary>
public sealed record ReconnectDecision(
    ReconnectAction Action,
    TimeSpan Delay,
    CloseKind Kind,
    WaitReason WaitReason,
    StopReason StopReason,
    int Attempt);
