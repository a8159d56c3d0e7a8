using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Overlay.Web.Storage;

/// <summary>
/// The single row of connection settings (uniqueId, keys, demo flag). The key and the JWT are stored encrypted
/// (<see cref="SecretProtector"/>); a row from before encryption is re-saved encrypted the first time it is read.
/// </summary>
public sealed class ConnectionSettingsRepository(OverlayStore store, SecretProtector secrets)
{
    private const string ConfigFingerprintKey = "upstream_config_fingerprint";
    private const string FingerprintKeyKey = "upstream_config_fingerprint_key";

    public StoredConnectionSettings? Get()
    {
        var (settings, migrated) = store.Transact((c, tx) =>
        {
            var (row, plain) = Read(c, tx);
            if (row is not null && plain)
            {
                Write(c, tx, row);
            }
            return (row, plain);
        });
        if (migrated)
        {
            store.Checkpoint();
        }
        return settings;
    }

    /// <summary>
    /// Reconciles the stored row with the configuration (appsettings.json, environment, user-secrets):
    /// on the very first start the configuration is stored; afterwards the stored row (what the admin saved) wins,
    /// unless the configuration's own values changed since they were last seen, which is a deliberate edit of
    /// the file or environment and replaces the row. Only a keyed fingerprint (HMAC) of the configuration is
    /// kept for that, so the file cannot be used to test guesses of the key.
    /// </summary>
    /// <returns>The settings to use, and whether they differ from the row stored before this call.</returns>
    public (StoredConnectionSettings Settings, bool Changed) SyncWithConfiguration(StoredConnectionSettings fromConfiguration)
    {
        var (result, rewrote) = store.Transact((c, tx) =>
        {
            var (existing, plain) = Read(c, tx);
            var (hmacKey, keyWasLost) = FingerprintKey(c, tx);
            var fingerprint = Fingerprint(hmacKey, fromConfiguration);
            var seen = MetaTable.Read(c, tx, ConfigFingerprintKey);
            // A fingerprint from before keyed fingerprints (plain SHA-256), or one made with a key the ring can no
            // longer read, says nothing about whether the configuration changed: keep what the admin saved.
            var sameConfiguration = seen == fingerprint
                || (existing is not null && seen is not null && (seen == LegacyFingerprint(fromConfiguration) || keyWasLost));
            if (existing is not null && sameConfiguration)
            {
                var kept = FillUnreadable(existing, fromConfiguration);
                if (seen != fingerprint)
                {
                    MetaTable.Write(c, tx, ConfigFingerprintKey, fingerprint);
                }
                if (plain || !ReferenceEquals(kept, existing))
                {
                    Write(c, tx, kept);
                }
                return ((kept, false), plain || seen != fingerprint);
            }
            MetaTable.Write(c, tx, ConfigFingerprintKey, fingerprint);
            Write(c, tx, fromConfiguration);
            return ((fromConfiguration, existing is not null && !SameValues(existing, fromConfiguration)), plain);
        });
        if (rewrote)
        {
            store.Checkpoint();
        }
        return result;
    }

    public void Save(StoredConnectionSettings settings)
    {
        store.Transact((c, tx) => Write(c, tx, settings));
        secrets.ClearProblem();
    }

    /// <summary>A secret the key ring could not decrypt reads as empty; the configuration's, if it has one, takes its place.</summary>
    private StoredConnectionSettings FillUnreadable(StoredConnectionSettings stored, StoredConnectionSettings fromConfiguration)
    {
        if (secrets.Problem is null
            || (stored.ApiKey.Length > 0 || fromConfiguration.ApiKey.Length == 0)
            && (stored.JwtKey.Length > 0 || fromConfiguration.JwtKey.Length == 0))
        {
            return stored;
        }
        return new StoredConnectionSettings
        {
            UniqueId = stored.UniqueId,
            ApiKey = stored.ApiKey.Length > 0 ? stored.ApiKey : fromConfiguration.ApiKey,
            JwtKey = stored.JwtKey.Length > 0 ? stored.JwtKey : fromConfiguration.JwtKey,
            Demo = stored.Demo,
        };
    }

    private (StoredConnectionSettings? Row, bool Plain) Read(SqliteConnection c, SqliteTransaction tx)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT unique_id, api_key, jwt_key, demo FROM connection_settings WHERE id = 1;";
        using var reader = cmd.ExecuteReader();
        if (!reader.Read())
        {
            return (null, false);
        }
        var (apiKey, apiPlain) = secrets.Unprotect(reader.GetString(1));
        var (jwtKey, jwtPlain) = secrets.Unprotect(reader.GetString(2));
        var row = new StoredConnectionSettings
        {
            UniqueId = reader.GetString(0),
            ApiKey = apiKey,
            JwtKey = jwtKey,
            Demo = reader.GetInt64(3) != 0,
        };
        return (row, apiPlain || jwtPlain);
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
        cmd.Parameters.AddWithValue("$key", secrets.Protect(s.ApiKey));
        cmd.Parameters.AddWithValue("$jwt", secrets.Protect(s.JwtKey));
        cmd.Parameters.AddWithValue("$demo", s.Demo ? 1 : 0);
        cmd.Parameters.AddWithValue("$at", store.Now.ToString("O", CultureInfo.InvariantCulture));
        cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// This install's fingerprint key, made on first use and stored encrypted; a new one when it cannot be read,
    /// and then <c>WasLost</c> is true.
    /// </summary>
    private (byte[] Key, bool WasLost) FingerprintKey(SqliteConnection c, SqliteTransaction tx)
    {
        var stored = MetaTable.Read(c, tx, FingerprintKeyKey);
        if (stored is not null && stored.StartsWith(SecretProtector.Prefix, StringComparison.Ordinal)
            && secrets.Unprotect(stored, quiet: true) is ({ Length: > 0 } encoded, _))
        {
            try
            {
                return (Convert.FromBase64String(encoded), false);
            }
            catch (FormatException)
            {
                // Fall through: a damaged key is replaced like a lost one.
            }
        }
        var key = RandomNumberGenerator.GetBytes(32);
        MetaTable.Write(c, tx, FingerprintKeyKey, secrets.Protect(Convert.ToBase64String(key)));
        return (key, stored is not null);
    }

    private static string Fingerprint(byte[] key, StoredConnectionSettings s) =>
        "h1:" + Convert.ToHexString(HMACSHA256.HashData(key, Values(s)));

    /// <summary>The unkeyed fingerprint earlier versions stored; only recognised, never written.</summary>
    private static string LegacyFingerprint(StoredConnectionSettings s) => Convert.ToHexString(SHA256.HashData(Values(s)));

    private static byte[] Values(StoredConnectionSettings s) =>
        Encoding.UTF8.GetBytes(string.Join('\0', "v1", s.UniqueId, s.ApiKey, s.JwtKey, s.Demo ? "1" : "0"));

    private static bool SameValues(StoredConnectionSettings a, StoredConnectionSettings b) =>
        a.UniqueId == b.UniqueId && a.ApiKey == b.ApiKey && a.JwtKey == b.JwtKey && a.Demo == b.Demo;
}
