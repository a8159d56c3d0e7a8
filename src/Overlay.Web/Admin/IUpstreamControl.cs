namespace Overlay.Web.Admin;

/// <summary>
/// The admin's buttons on the upstream client. Implemented by Upstream/; until it is registered, the admin shows
/// the buttons disabled. Saving settings does not call these: the client reacts to the settings change itself.
/// </summary>
public interface IUpstreamControl
{
    /// <summary>Starts (or restarts after a stop, §8) with the current settings.</summary>
    Task ConnectAsync(CancellationToken cancellationToken);

    /// <summary>Closes the socket and stays stopped until <see cref="ConnectAsync"/>.</summary>
    Task DisconnectAsync(CancellationToken cancellationToken);

    /// <summary>Skips the current backoff wait and tries now.</summary>
    Task ReconnectNowAsync(CancellationToken cancellationToken);
}
