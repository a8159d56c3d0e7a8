namespace Overlay.Web.Obs.Protocol;

/// <summary>The v5 WebSocketCloseCode values the client reacts to (protocol.md, "WebSocketCloseCode").</summary>
public static class ObsCloseCode
{
    public const int AuthenticationFailed = 4009;
    public const int UnsupportedRpcVersion = 4010;

    /// <summary>The Kick button in OBS's session list: the doc says a client must not reconnect by itself.</summary>
    public const int SessionInvalidated = 4011;
}
