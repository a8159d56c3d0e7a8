namespace Overlay.Web.Obs.Client;

/// <summary>Where the OBS connection is. The last four wait for the streamer: the client does not retry them by itself.</summary>
public enum ObsState
{
    Off,
    Connecting,
    Connected,
    /// <summary>OBS is not reachable or went away; the next attempt is scheduled.</summary>
    Reconnecting,
    /// <summary>Close code 4009: retrying with the same password would only be refused again.</summary>
    WrongPassword,
    /// <summary>OBS asks for a password and none is saved.</summary>
    PasswordRequired,
    /// <summary>Close code 4011 (kicked from OBS's session list): the protocol says not to come back by itself.</summary>
    Kicked,
    /// <summary>Close code 4010 or an RPC version this client does not speak (OBS older than 28).</summary>
    Unsupported,
}
