using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Overlay.Web.Storage;

/// <summary>The single row of connection settings (uniqueId, keys, demo flag).</summary>
public sealed class ConnectionSettingsRepository(OverlayStore store)
{
    public StoredConnectionSettings? Get() => store.Transact((c, tx) => Read(c, tx));

    /// <summary>
    /// The stored row; on the very first start, <paramref name="seed"/> (the appsettings/environment values) is
    /// stored and returned. Afterwards the stored row always wins, whatever the config says.
    /// </summary>
    public StoredConnectionSettings GetOrSeed(StoredConnectionSettings seed) => store.Transact((c, tx) =>
    {
        var existing = Read(c, tx);
        if (existing is not null)
        {
            return existing;
        }
        Write(c, tx, seed);
        return seed;
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
}
