namespace Overlay.Web.Upstream;

public enum SocketEndCause
{
    /// <summary>The server sent a close frame (<see cref="SocketEnd.CloseCode"/> is its code).</summary>
    ServerClosed,

    /// <summary>The connection dropped without a close frame, or the keepalive pong never came (§7).</summary>
    Lost,

    /// <summary>No frame at all for the stall time (§7); we close with 1000.</summary>
    Stalled,

    /// <summary>We closed it: disconnect, reconnect-now or a config change.</summary>
    ClosedByUs,
}

/// <summary>How one open socket ended. <see cref="Reason"/> and <see cref="Error"/> are already redacted.</summary>
public sealed record SocketEnd(SocketEndCause Cause, int? CloseCode, string Reason, string Error)
{
    /// <summary>The code to classify: a drop without a close frame is 1006 (abnormal closure).</summary>
    public int EffectiveCode => CloseCode ?? 1006;
}
