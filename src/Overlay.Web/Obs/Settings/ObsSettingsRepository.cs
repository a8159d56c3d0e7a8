using System.Globalization;
using Microsoft.Data.Sqlite;
using Overlay.Web.Storage;

namespace Overlay.Web.Obs.Settings;

/// <summary>
/// The OBS connection settings, kept as four rows of the settings file's meta table (no schema change needed).
/// The password is encrypted with <see cref="SecretProtector"/>, like the API key; a password the key ring can no
/// longer read comes back empty, so the admin asks for it again.
/// </summary>
public sealed class ObsSettingsRepository(OverlayStore store, SecretProtector secrets)
{
    private const string HostKey = "obs_host";
    private const string PortKey = "obs_port";
    private const string PasswordKey = "obs_password";
    private const string EnabledKey = "obs_enabled";

    /// <summary>The saved settings, or the defaults (off, 127.0.0.1:4455) when none are saved or the store is unavailable.</summary>
    public ObsSettings Get()
    {
        if (!store.IsAvailable)
        {
            return new ObsSettings();
        }
        try
        {
            return store.Transact((c, tx) =>
            {
                var host = MetaTable.Read(c, tx, HostKey);
                if (host is null)
                {
                    return new ObsSettings();
                }
                return new ObsSettings
                {
                    Host = host,
                    Port = int.TryParse(MetaTable.Read(c, tx, PortKey), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : ObsSettings.DefaultPort,
                    Password = secrets.Unprotect(MetaTable.Read(c, tx, PasswordKey) ?? "", quiet: true).Value,
                    Enabled = MetaTable.Read(c, tx, EnabledKey) == "1",
                };
            });
        }
        catch (StoreUnavailableException)
        {
            // The store logged it; OBS control runs with the defaults (off) until it works again.
            return new ObsSettings();
        }
    }

    /// <exception cref="StoreUnavailableException">The settings file cannot be written, or the password not encrypted.</exception>
    public void Save(ObsSettings settings)
    {
        var password = secrets.Protect(settings.Password);
        store.Transact((c, tx) =>
        {
            MetaTable.Write(c, tx, HostKey, settings.Host);
            MetaTable.Write(c, tx, PortKey, settings.Port.ToString(CultureInfo.InvariantCulture));
            MetaTable.Write(c, tx, PasswordKey, password);
            MetaTable.Write(c, tx, EnabledKey, settings.Enabled ? "1" : "0");
        });
    }
}
