using Overlay.Web.Events;
using Overlay.Web.Storage;

namespace Overlay.Web.Widgets;

/// <summary>
/// One leaderboard in memory: viewer identity → score, with the latest nickname and avatar. Bounded: past
/// <c>capacity</c> plus a quarter, the lowest scores are forgotten, so a huge stream cannot grow it without end.
/// Remembers which rows changed since the last save. Not thread-safe: <see cref="LeaderboardTracker"/> locks.
/// </summary>
public sealed class ScoreBoard(string key, int capacity)
{
    /// <summary>How many of the best rows <see cref="Top"/> keeps ready.</summary>
    public const int TopSize = 20;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dirty = new(StringComparer.Ordinal);
    private IReadOnlyList<LeaderboardScore>? _top;
    private bool _cleared;

    public string Key => key;

    public int Count => _entries.Count;

    public void Add(ViewerUser user, long amount)
    {
        var id = user.IdentityKey;
        if (id.Length == 0 || amount <= 0)
        {
            return;
        }
        if (!_entries.TryGetValue(id, out var entry))
        {
            entry = new Entry { Nickname = user.DisplayName };
            _entries[id] = entry;
        }
        entry.Score = amount > long.MaxValue - entry.Score ? long.MaxValue : entry.Score + amount;
        // The latest name and picture win; an event without them keeps the ones we had.
        if (user.Nickname.Length > 0 || user.UniqueId.Length > 0)
        {
            entry.Nickname = user.DisplayName;
        }
        entry.AvatarUrl = user.AvatarUrl ?? entry.AvatarUrl;
        _dirty.Add(id);
        _top = null;
        if (_entries.Count > capacity + capacity / 4)
        {
            Trim();
        }
    }

    public void Load(IEnumerable<LeaderboardScore> scores)
    {
        foreach (var s in scores)
        {
            _entries[s.UserId] = new Entry { Nickname = s.Nickname, AvatarUrl = s.AvatarUrl, Score = s.Score };
        }
        _top = null;
    }

    public void Clear()
    {
        _entries.Clear();
        _dirty.Clear();
        _cleared = true;
        _top = null;
    }

    /// <summary>The best rows (up to <see cref="TopSize"/>), best first; ties go to the name, so the order is stable.</summary>
    public IReadOnlyList<LeaderboardScore> Top() => _top ??=
    [
        .. _entries
            .OrderByDescending(e => e.Value.Score)
            .ThenBy(e => e.Value.Nickname, StringComparer.Ordinal)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(TopSize)
            .Select(e => ToScore(e.Key, e.Value)),
    ];

    /// <summary>What to save, and forgets it; <see cref="Restore"/> puts it back when the save fails.</summary>
    public (bool Cleared, IReadOnlyList<LeaderboardScore> Scores) TakeChanges()
    {
        var scores = _dirty.Where(_entries.ContainsKey).Select(id => ToScore(id, _entries[id])).ToList();
        var cleared = _cleared;
        _dirty.Clear();
        _cleared = false;
        return (cleared, scores);
    }

    public void Restore(bool cleared, IEnumerable<LeaderboardScore> scores)
    {
        _cleared |= cleared;
        foreach (var s in scores)
        {
            _dirty.Add(s.UserId);
        }
    }

    private void Trim()
    {
        var forget = _entries.OrderBy(e => e.Value.Score).Take(_entries.Count - capacity).Select(e => e.Key).ToList();
        foreach (var id in forget)
        {
            _entries.Remove(id);
            _dirty.Remove(id);
        }
    }

    private LeaderboardScore ToScore(string id, Entry e) => new(key, id, e.Nickname, e.AvatarUrl, e.Score);

    private sealed class Entry
    {
        public string Nickname { get; set; } = "";
        public string? AvatarUrl { get; set; }
        public long Score { get; set; }
    }
}
