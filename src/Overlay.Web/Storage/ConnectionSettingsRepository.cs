using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Overlay.Web.Storage;

/// <summary>The single row of connection settings (uniqueId, keys, demo flag).</summary>
public sealed class ConnectionSettingsRepository(OverlayStore store)
{
    private const string ConfigFingerprintKey = "upstream_config_fingerprint";

    public StoredConnectionSettings? Get() => store.Transact((c, tx) => Read(c, tx));

    /// <summary>
    /// Reconciles the stored row with the configuration (appsettings.json, environment, user-secrets):
    /// on the very first start the configuration is stored; afterwards the stored row (what the admin saved) wins,
    /// unless the configuration's own values changed since they were last seen, which is a deliberate edit of
    /// the file or environment and replaces the row. Only a fingerprint of the configuration is kept for that.
    /// </summary>
    /// <returns>The settings to use, and whether they differ from the row stored before this call.</returns>
    public (StoredConnectionSettings Settings, bool Changed) SyncWithConfiguration(StoredConnectionSettings fromConfiguration) =>
        store.Transact((c, tx) =>
        {
            var existing = Read(c, tx);
            var fingerprint = Fingerprint(fromConfiguration);
            var seen = ReadMeta(c, tx, ConfigFingerprintKey);
            if (existing is not null && seen == fingerprint)
            {
                return (existing, false);
            }
            WriteMeta(c, tx, ConfigFingerprintKey, fingerprint);
            Write(c, tx, fromConfiguration);
            return (fromConfiguration, existing is not null && !SameValues(existing, fromConfiguration));
        });

    public void Save(StoredConnectionSettings settings) => store.Transact((c, tx) => Write(c, tx, settings));

    private static StoredConnectionSettings? Read(SqliteConnection c, SqliteTransaction tx)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT unique_id, api_key, jwt_key, demo FROM connection_settings WHERE id = 1;";
        using var reader = cmd.ExecuteReader();
        return reader.Read()
            ? new StoredConnectionSettings
            {
                UniqueId = reader.GetString(0),
                ApiKey = reader.GetString(1),
                JwtKey = reader.GetString(2),
                Demo = reader.GetInt64(3) != 0,
            }
            : null;
    }

    private void Write(SqliteConnection c, SqliteTransaction tx, StoredConnectionSettings s)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO connection_settings (id, unique_id, api_key, jwt_key, demo, updated_at)
            VALUES (1, $uid, $key, $jwt, $demo, $at)
            ON CONFLICT (id) DO UPDATE SET unique_id = excluded.unique_id, api_key = excluded.api_key,
                jwt_key = excluded.jwt_key, demo = excluded.demo, updated_at = excluded.updated_at;
            """;
        cmd.Parameters.AddWithValue("$uid", s.UniqueId);
        cmd.Parameters.AddWithValue("$key", s.ApiKey);
        cmd.Parameters.AddWithValue("$jwt", s.JwtKey);
        cmd.Parameters.AddWithValue("$demo", s.Demo ? 1 : 0);
        cmd.Parameters.AddWithValue("$at", store.Now.ToString("O", CultureInfo.InvariantCulture));
        cmd.ExecuteNonQuery();
    }

    private static string Fingerprint(StoredConnectionSettings s) => Convert.ToHexString(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join('\0', "v1", s.UniqueId, s.ApiKey, s.JwtKey, s.Demo ? "1" : "0"))));

    private static bool SameValues(StoredConnectionSettings a, StoredConnectionSettings b) =>
        a.UniqueId == b.UniqueId && a.ApiKey == b.ApiKey && a.JwtKey == b.JwtKey && a.Demo == b.Demo;

    private static string? ReadMeta(SqliteConnection c, SqliteTransaction tx, string key)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT value FROM meta WHERE key = $key;";
        cmd.Parameters.AddWithValue("$key", key);
        return cmd.ExecuteScalar() as string;
    }

    private static void WriteMeta(SqliteConnection c, SqliteTransaction tx, string key, string value)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value;";
        cmd.Parameters.AddWithValue("$key", key);
        cmd.Parameters.AddWithValue("$value", value);
        cmd.ExecuteNonQuery();
    }
}
