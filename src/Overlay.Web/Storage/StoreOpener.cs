using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Overlay.Web.Storage;

/// <summary>Opens the settings file, takes its lock, checks it and brings its schema up to date.</summary>
internal static class StoreOpener
{
    public static SqliteConnection Open(string path, DateTimeOffset now)
    {
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            OwnerOnly.CreateFolder(folder);
        }
        OwnerOnly.PrepareFile(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // A pooled connection would keep the file (and its lock) open after Dispose.
            Pooling = false,
            // How long to wait for a lock held elsewhere before reporting "in use".
            DefaultTimeout = 3,
        }.ToString());
        try
        {
            connection.Open();
            // EXCLUSIVE before the first WAL access: no shared-memory index, and the lock is held until we close.
            Scalar(connection, "PRAGMA locking_mode = EXCLUSIVE;");
            var mode = Convert.ToString(Scalar(connection, "PRAGMA journal_mode = WAL;"), CultureInfo.InvariantCulture);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new StoreUnavailableException(
                    $"The settings file {path} could not be switched to safe-write (WAL) mode. Move it aside and restart the app.");
            }
            // FULL: a commit returns only after the WAL is on disk, so a crash or power cut never loses it.
            Execute(connection, "PRAGMA synchronous = FULL;");
            // Deleted and overwritten content is zeroed, so an old plain-text key does not linger in free pages.
            Execute(connection, "PRAGMA secure_delete = ON;");
            var check = Convert.ToString(Scalar(connection, "PRAGMA quick_check;"), CultureInfo.InvariantCulture);
            if (!string.Equals(check, "ok", StringComparison.OrdinalIgnoreCase))
            {
                throw new StoreUnavailableException(StoreProblems.Corrupt(path, check ?? "integrity check failed"));
            }
            Migrate(connection, path, now);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Migrate(SqliteConnection connection, string path, DateTimeOffset now)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
        var current = Convert.ToInt32(Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version;"), CultureInfo.InvariantCulture);
        var migrations = StoreMigrations.All;
        if (current > migrations.Count)
        {
            throw new StoreUnavailableException(
                $"The settings file {path} was written by a newer version of the overlay (schema {current}). " +
                "Update the app, or set Storage:Path to another file.");
        }
        for (var version = current; version < migrations.Count; version++)
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, migrations[version], tx);
            Execute(connection, "DELETE FROM schema_version;", tx);
            using (var bump = connection.CreateCommand())
            {
                bump.Transaction = tx;
                bump.CommandText = "INSERT INTO schema_version (version) VALUES ($v);";
                bump.Parameters.AddWithValue("$v", version + 1);
                bump.ExecuteNonQuery();
            }
            tx.Commit();
        }
        // A write on every start takes the exclusive lock now, so a second copy of the app fails at once.
        using var stamp = connection.CreateCommand();
        stamp.CommandText = "INSERT INTO meta (key, value) VALUES ('opened_at', $at) ON CONFLICT (key) DO UPDATE SET value = excluded.value;";
        stamp.Parameters.AddWithValue("$at", now.ToString("O", CultureInfo.InvariantCulture));
        stamp.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
