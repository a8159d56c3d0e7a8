using Overlay.Web.Events;
using Overlay.Web.Storage;
using Overlay.Widgets.Leaderboard;

namespace Overlay.Web.Widgets;

/// <summary>
/// The four leaderboards every leaderboard widget reads: diamonds and likes, for this stream and all time.
/// Diamonds come from finished combos, once per combo, plus late top-ups (protocol.md §5 steps 5 and 7); likes
/// are the per-user counts of like events. A new roomId (§4 roomInfo) empties the stream boards, also across a
/// restart. Boards live in memory (bounded) and are saved in one batch every <see cref="SaveInterval"/> on a
/// <see cref="TimeProvider"/> timer, never per event on the pipeline thread, and once more at shutdown.
/// </summary>
public sealed partial class LeaderboardTracker : IHostedService, IDisposable
{
    /// <summary>Viewers remembered per board: the best few thousand, in memory and on disk.</summary>
    public const int MaxViewersPerBoard = 5000;

    public static readonly TimeSpan SaveInterval = TimeSpan.FromSeconds(5);

    private static readonly bool[] Periods = [false, true];

    private readonly Lock _gate = new();
    private readonly EventHub _hub;
    private readonly LeaderboardRepository _repository;
    private readonly TimeProvider _time;
    private readonly ILogger<LeaderboardTracker> _logger;
    private readonly Dictionary<string, ScoreBoard> _boards = [];
    private readonly Dictionary<string, ChangeNotifier> _notifiers = [];
    private readonly BiggestGifts _streamGifts = new(MaxViewersPerBoard);
    private readonly BiggestGifts _allTimeGifts = new(MaxViewersPerBoard);
    private IDisposable? _subscription;
    private ITimer? _timer;
    private string _roomId = "";
    private bool _roomChanged;
    private bool _saveFailing;
    private int _saving;

    public LeaderboardTracker(EventHub hub, LeaderboardRepository repository, TimeProvider time, ILogger<LeaderboardTracker> logger)
    {
        _hub = hub;
        _repository = repository;
        _time = time;
        _logger = logger;
        foreach (var unit in Enum.GetValues<LeaderboardUnit>())
        {
            foreach (var allTime in Periods)
            {
                var key = BoardKey(unit, allTime);
                _boards[key] = new ScoreBoard(key, MaxViewersPerBoard);
                _notifiers[key] = new ChangeNotifier(logger);
            }
        }
    }

    /// <summary>The stored name of a board: "diamonds:stream", "likes:all", …</summary>
    public static string BoardKey(LeaderboardUnit unit, bool allTime) =>
        $"{(unit == LeaderboardUnit.Likes ? "likes" : "diamonds")}:{(allTime ? "all" : "stream")}";

    /// <summary>The best rows of a board (up to <see cref="ScoreBoard.TopSize"/>), best first.</summary>
    public IReadOnlyList<LeaderboardScore> Top(LeaderboardUnit unit, bool allTime)
    {
        lock (_gate)
        {
            return _boards[BoardKey(unit, allTime)].Top();
        }
    }

    /// <summary>The viewer's most valuable gift (name and CDN picture) on this board's period; null when none is known.</summary>
    public (string Name, string PictureUrl)? BiggestGift(string viewerKey, bool allTime)
    {
        lock (_gate)
        {
            return (allTime ? _allTimeGifts : _streamGifts).For(viewerKey);
        }
    }

    /// <summary>Viewers held in memory over the four boards and the two biggest-gift lists, for /healthz.</summary>
    public IEnumerable<KeyValuePair<string, long>> CollectionSizes()
    {
        lock (_gate)
        {
            return
            [
                new("leaderboardViewers", _boards.Values.Sum(b => (long)b.Count)),
                new("biggestGifts", _streamGifts.Count + _allTimeGifts.Count),
            ];
        }
    }

    /// <summary>Called on the pipeline (or the load) when the board changed: mark dirty, read later.</summary>
    public IDisposable Subscribe(LeaderboardUnit unit, bool allTime, Action changed) => _notifiers[BoardKey(unit, allTime)].Subscribe(changed);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Load();
        _subscription = _hub.Subscribe(OnEvent);
        _timer = _time.CreateTimer(_ => Save(), null, SaveInterval, SaveInterval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _timer?.Dispose();
        Save();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _timer?.Dispose();
    }

    /// <summary>Writes what changed since the last save now (the timer calls this; so do tests and shutdown).</summary>
    public void Save()
    {
        if (Interlocked.Exchange(ref _saving, 1) == 1)
        {
            return;
        }
        try
        {
            SaveOnce();
        }
        finally
        {
            Volatile.Write(ref _saving, 0);
        }
    }

    private void SaveOnce()
    {
        List<(ScoreBoard Board, bool Cleared, IReadOnlyList<LeaderboardScore> Scores)> changes;
        string roomId;
        bool roomChanged;
        lock (_gate)
        {
            changes = [];
            foreach (var board in _boards.Values)
            {
                var (cleared, scores) = board.TakeChanges();
                changes.Add((board, cleared, scores));
            }
            roomId = _roomId;
            roomChanged = _roomChanged;
            _roomChanged = false;
        }
        var batch = new LeaderboardBatch(
            [.. changes.Where(c => c.Cleared).Select(c => c.Board.Key)],
            [.. changes.SelectMany(c => c.Scores)],
            roomId);
        if (batch.IsEmpty && !roomChanged)
        {
            return;
        }
        try
        {
            _repository.Save(batch, MaxViewersPerBoard);
            _saveFailing = false;
        }
        catch (StoreUnavailableException ex)
        {
            lock (_gate)
            {
                foreach (var (board, cleared, scores) in changes)
                {
                    board.Restore(cleared, scores);
                }
                _roomChanged |= roomChanged;
            }
            if (!_saveFailing)
            {
                _saveFailing = true;
                LogSaveFailed(_logger, ex.Message);
            }
        }
    }

    private void Load()
    {
        try
        {
            var roomId = _repository.LoadRoomId();
            var stored = _boards.Keys.ToDictionary(k => k, k => _repository.LoadTop(k, MaxViewersPerBoard));
            lock (_gate)
            {
                _roomId = roomId;
                foreach (var (key, scores) in stored)
                {
                    _boards[key].Load(scores);
                }
            }
        }
        catch (StoreUnavailableException ex)
        {
            LogLoadFailed(_logger, ex.Message);
        }
        foreach (var notifier in _notifiers.Values)
        {
            notifier.Notify();
        }
    }

    private void OnEvent(OverlayEvent evt)
    {
        List<string> changed = [];
        lock (_gate)
        {
            switch (evt)
            {
                case RoomInfoEvent { RoomId.Length: > 0 } info when !string.Equals(info.RoomId, _roomId, StringComparison.Ordinal):
                    // A new LIVE: the stream boards start over, unless this is the very first room (nothing to reset).
                    if (_roomId.Length > 0)
                    {
                        _streamGifts.Clear();
                        foreach (var unit in Enum.GetValues<LeaderboardUnit>())
                        {
                            changed.Add(Clear(BoardKey(unit, allTime: false)));
                        }
                    }
                    _roomId = info.RoomId;
                    _roomChanged = true;
                    break;
                case GiftComboEvent { Phase: ComboPhase.Finished } combo:
                    _streamGifts.Add(combo);
                    _allTimeGifts.Add(combo);
                    Add(LeaderboardUnit.Diamonds, combo.User, combo.Diamonds, changed);
                    break;
                case GiftComboEvent { Phase: ComboPhase.LateTopUp } topUp:
                    Add(LeaderboardUnit.Diamonds, topUp.User, (long)topUp.DiamondsEach * topUp.AddedCount, changed);
                    break;
                case LikeEvent like:
                    Add(LeaderboardUnit.Likes, like.User, like.LikeCount, changed);
                    break;
            }
        }
        foreach (var key in changed)
        {
            _notifiers[key].Notify();
        }
    }

    private void Add(LeaderboardUnit unit, ViewerUser user, long amount, List<string> changed)
    {
        if (user.IdentityKey.Length == 0 || amount <= 0)
        {
            return;
        }
        foreach (var allTime in Periods)
        {
            var key = BoardKey(unit, allTime);
            _boards[key].Add(user, amount);
            changed.Add(key);
        }
    }

    private string Clear(string key)
    {
        _boards[key].Clear();
        return key;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leaderboards could not be loaded and start empty: {Problem}")]
    private static partial void LogLoadFailed(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leaderboards could not be saved; they keep counting in memory and retry: {Problem}")]
    private static partial void LogSaveFailed(ILogger logger, string problem);
}
