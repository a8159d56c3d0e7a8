using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Overlay.Web.Storage;

/// <summary>
/// The one SQLite connection to the settings file. It is opened on first use and held for the app's lifetime
/// with an exclusive lock, so a second copy of the overlay (which would also fight over the same API key, §1)
/// gets a clear "in use" message instead of silently sharing the file. WAL + synchronous=FULL make every
/// committed write durable and every interrupted one vanish. SQLite calls are local and short, and
/// Microsoft.Data.Sqlite's async methods run synchronously anyway, so the API is synchronous behind one lock.
/// A store that cannot be used never throws out of start-up: <see cref="Problem"/> says why, widgets keep running.
/// </summary>
public sealed partial class OverlayStore(IOptions<StorageOptions> options, TimeProvider time, ILogger<OverlayStore> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly string _path = options.Value.ResolvedPath;
    private SqliteConnection? _connection;
    private string? _problem;
    private string? _lastLogged;
    private bool _attempted;

    public string FilePath => _path;

    /// <summary>Why the store cannot be used, written for the streamer; null when it works.</summary>
    public string? Problem
    {
        get
        {
            lock (_gate)
            {
                EnsureOpen();
                return _problem;
            }
        }
    }

    public bool IsAvailable => Problem is null;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Closes and opens the file again, e.g. after the streamer closed the other copy of the app.</summary>
    public bool Retry()
    {
        lock (_gate)
        {
            CloseConnection();
            _attempted = false;
            _problem = null;
            EnsureOpen();
            return _problem is null;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: it is committed whole or not at all.</summary>
    internal T Transact<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        lock (_gate)
        {
            EnsureOpen();
            if (_problem is not null || _connection is null)
            {
                throw new StoreUnavailableException(_problem ?? "The settings store is closed.");
            }
            try
            {
                using var tx = _connection.BeginTransaction();
                var result = work(_connection, tx);
                tx.Commit();
                return result;
            }
            catch (SqliteException ex)
            {
                var message = StoreProblems.Describe(_path, ex);
                if (StoreProblems.IsFatal(ex))
                {
                    _problem = message;
                    CloseConnection();
                }
                LogOnce(message);
                throw new StoreUnavailableException(message, ex);
            }
        }
    }

    /// <summary>
    /// Copies the WAL into the file and empties it, so content replaced by the last writes (a plain-text key
    /// just re-saved encrypted) is gone from disk too, not only from the live pages. Best effort.
    /// </summary>
    internal void Checkpoint()
    {
        lock (_gate)
        {
            if (_connection is null)
            {
                return;
            }
            try
            {
                using var command = _connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                command.ExecuteNonQuery();
            }
            catch (SqliteException ex)
            {
                LogOnce(StoreProblems.Describe(_path, ex));
            }
        }
    }

    internal void Transact(Action<SqliteConnection, SqliteTransaction> work) =>
        Transact((c, t) =>
        {
            work(c, t);
            return 0;
        });

    private void EnsureOpen()
    {
        if (_attempted)
        {
            return;
        }
        _attempted = true;
        try
        {
            _connection = StoreOpener.Open(_path, time.GetUtcNow());
        }
        catch (StoreUnavailableException ex)
        {
            _problem = ex.Message;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            _problem = StoreProblems.Describe(_path, ex);
        }
        if (_problem is not null)
        {
            CloseConnection();
            LogOnce(_problem);
        }
        else
        {
            LogOpened(logger, _path);
        }
    }

    private void LogOnce(string message)
    {
        if (message != _lastLogged)
        {
            _lastLogged = message;
            LogUnavailable(logger, message);
        }
    }

    private void CloseConnection()
    {
        _connection?.Dispose();
        _connection = null;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            CloseConnection();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings are stored in {Path}")]
    private static partial void LogOpened(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Settings store unavailable: {Problem}")]
    private static partial void LogUnavailable(ILogger logger, string problem);
}
