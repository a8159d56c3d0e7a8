namespace Overlay.Web.Upstream;

/// <summary>What the admin page may ask of the upstream connection. Every call returns at once; the status follows.</summary>
public interface IUpstreamControl
{
    /// <summary>Connects if stopped or waiting (a stopped client restarts only this way or by a config change, §8).</summary>
    void Connect();

    /// <summary>Closes the current socket (if any) and connects again without waiting.</summary>
    void ReconnectNow();

    /// <summary>Closes the socket and stays <see cref="ConnectionState.Stopped"/> with <see cref="StopReason.UserRequested"/>.</summary>
    void Disconnect();

    /// <summary>Re-reads Upstream options and starts over with a fresh backoff (also happens by itself on a config change).</summary>
    void ApplyOptions();
}
