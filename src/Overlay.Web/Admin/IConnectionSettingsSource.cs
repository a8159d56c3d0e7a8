using Overlay.Web.Storage;

namespace Overlay.Web.Admin;

/// <summary>
/// The connection settings the upstream client must use: what the streamer saved in the admin, seeded from
/// appsettings.json/environment on the very first start only. The same values flow into
/// <c>IOptionsMonitor&lt;UpstreamOptions&gt;</c> (UniqueId, ApiKey, JwtKey, Demo), whose OnChange fires on every save.
/// </summary>
public interface IConnectionSettingsSource
{
    /// <summary>The effective settings. Holds the keys: never render it, never log it.</summary>
    StoredConnectionSettings Current { get; }

    /// <summary>False when the store is unavailable: values come from configuration and saving fails.</summary>
    bool IsPersistent { get; }

    /// <summary>Stores the edit and notifies subscribers and IOptionsMonitor listeners.</summary>
    /// <exception cref="StoreUnavailableException">The store cannot be written; the message is for the streamer.</exception>
    void Save(ConnectionSettingsEdit edit);

    /// <summary>Re-reads the store (after a successful store retry) and notifies subscribers.</summary>
    void Reload();

    IDisposable Subscribe(Action<StoredConnectionSettings> changed);
}
