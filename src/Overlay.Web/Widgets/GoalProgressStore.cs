using Overlay.Web.Storage;

namespace Overlay.Web.Widgets;

/// <summary>
/// Keeps goal progress across restarts without putting SQLite on the pipeline thread: a goal reports every change
/// here (a dictionary write), and a <see cref="TimeProvider"/> timer writes the latest of each goal at most every
/// <see cref="SaveInterval"/>. Admin controls and disposal (shutdown, settings swap) write at once. The latest
/// reported progress is also kept in memory, so a state rebuilt for the same slug picks it up before it is saved.
/// A store that fails is logged; the goal keeps counting and the next change tries again.
/// </summary>
public sealed partial class GoalProgressStore(GoalProgressRepository repository, TimeProvider time, ILogger<GoalProgressStore> logger) : IDisposable
{
    public static readonly TimeSpan SaveInterval = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    // Serializes writers, so a save racing Forget never brings a deleted goal back.
    private readonly Lock _saveGate = new();
    private readonly Dictionary<string, GoalProgress> _latest = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GoalProgress> _pending = new(StringComparer.OrdinalIgnoreCase);
    private ITimer? _timer;
    private bool _disposed;

    /// <summary>The last progress of <paramref name="slug"/>, from memory or the store; null when there is none.</summary>
    public GoalProgress? Load(string slug)
    {
        lock (_gate)
        {
            if (_latest.TryGetValue(slug, out var known))
            {
                return known;
            }
        }
        try
        {
            return repository.Find(slug);
        }
        catch (Exception ex) when (ex is StoreUnavailableException or InvalidOperationException or FormatException)
        {
            LogLoadFailed(logger, slug, ex.Message);
            return null;
        }
    }

    /// <summary>Cheap: remembers <paramref name="progress"/> and makes sure a save is scheduled.</summary>
    public void Report(GoalProgress progress)
    {
        lock (_gate)
        {
            _latest[progress.Slug] = progress;
            _pending[progress.Slug] = progress;
            if (_timer is null && !_disposed)
            {
                _timer = time.CreateTimer(_ => Flush(), null, SaveInterval, Timeout.InfiniteTimeSpan);
            }
        }
    }

    /// <summary>Writes every pending change now, on the caller's thread.</summary>
    public void Flush()
    {
        lock (_saveGate)
        {
            Dictionary<string, GoalProgress> batch;
            lock (_gate)
            {
                _timer?.Dispose();
                _timer = null;
                if (_pending.Count == 0)
                {
                    return;
                }
                batch = new(_pending, StringComparer.OrdinalIgnoreCase);
                _pending.Clear();
            }
            foreach (var progress in batch.Values)
            {
                try
                {
                    repository.Save(progress);
                }
                catch (Exception ex)
                {
                    // Also runs on a timer thread, where an escaping exception would end the process.
                    LogSaveFailed(logger, progress.Slug, ex.Message);
                    lock (_gate)
                    {
                        // Kept for the next save (the next change, or shutdown) unless a newer one is already waiting.
                        _pending.TryAdd(progress.Slug, progress);
                    }
                }
            }
        }
    }

    /// <summary>The goal was deleted: drop what is kept of it, in memory and in the store.</summary>
    public void Forget(string slug)
    {
        lock (_saveGate)
        {
            lock (_gate)
            {
                _latest.Remove(slug);
                _pending.Remove(slug);
            }
            try
            {
                repository.Reset(slug);
            }
            catch (StoreUnavailableException ex)
            {
                LogSaveFailed(logger, slug, ex.Message);
            }
        }
    }

    public void Dispose()
    {
        Flush();
        lock (_gate)
        {
            _disposed = true;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Goal {Slug}: could not save its progress, it keeps counting and tries again on the next change: {Problem}")]
    private static partial void LogSaveFailed(ILogger logger, string slug, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Goal {Slug}: could not read its saved progress, it starts from zero: {Problem}")]
    private static partial void LogLoadFailed(ILogger logger, string slug, string problem);
}
