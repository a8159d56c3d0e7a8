namespace Overlay.Web.Upstream;

/// <summary>Requests that reach the connection loop through one channel, so only the loop touches the socket.</summary>
internal enum ControlCommand
{
    Connect,
    ReconnectNow,
    Disconnect,
    OptionsChanged,

    /// <summary>A limit notice was parsed after its socket had already closed (the pipeline runs behind the socket).</summary>
    LimitNoticeArrived,
}
