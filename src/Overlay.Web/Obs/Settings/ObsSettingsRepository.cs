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
                var host = Read(c, tx, HostKey);
                if (host is null)
                {
                    return new ObsSettings();
                }
                return new ObsSettings
                {
                    Host = host,
                    Port = int.TryParse(Read(c, tx, PortKey), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : ObsSettings.DefaultPort,
                    Password = secrets.Unprotect(Read(c, tx, PasswordKey) ?? "", quiet: true).Value,
                    Enabled = Read(c, tx, EnabledKey) == "1",
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
            Write(c, tx, HostKey, settings.Host);
            Write(c, tx, PortKey, settings.Port.ToString(CultureInfo.InvariantCulture));
            Write(c, tx, PasswordKey, password);
            Write(c, tx, EnabledKey, settings.Enabled ? "1" : "0");
        });
    }

    private static string? Read(SqliteConnection c, SqliteTransaction tx, string key)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT value FROM meta WHERE key = $key;";
        cmd.Parameters.AddWithValue("$key", key);
        return cmd.ExecuteScalar() as string;
    }

    private static void Write(SqliteConnection c, SqliteTransaction tx, string key, string value)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value;";
        cmd.Parameters.AddWithValue("$key", key);
        cmd.Parameters.AddWithValue("$value", value);
        cmd.ExecuteNonQuery();
    }
}
