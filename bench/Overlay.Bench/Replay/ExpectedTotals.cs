using System.Globalization;

namespace Overlay.Bench.Replay;

/// <summary>A leaderboard row as the widget shows it: the nickname and the formatted score.</summary>
public sealed record BoardRow(string Nickname, string Score);

/// <summary>
/// What the app must show at the end of a recording, worked out from the recording alone, by the rules the app
/// documents: the like goal is the highest room total seen (LikeGoalState); a viewer's diamonds are, per combo, the
/// gift's diamondCount × the highest repeatCount of the streak, since the end frame finalizes at the highest count,
/// a late copy with a count not above it is dropped and a late higher end frame adds only the difference
/// (GiftComboTracker, protocol.md §5); the board orders by score, then nickname, then identity (ScoreBoard.Top).
/// </summary>
public sealed class ExpectedTotals
{
    private ExpectedTotals(long likeGoal, IReadOnlyDictionary<int, long> diamonds, int lateCopies)
    {
        LikeGoal = likeGoal;
        Diamonds = diamonds;
        LateCopies = lateCopies;
    }

    /// <summary>End frames after a streak's end with a count not above it: the app drops each as a duplicate.</summary>
    public int LateCopies { get; }

    public long LikeGoal { get; }

    /// <summary>Diamonds per viewer index.</summary>
    public IReadOnlyDictionary<int, long> Diamonds { get; }

    public static ExpectedTotals From(Recording recording)
    {
        long likes = 0;
        var streaks = new Dictionary<long, (int Viewer, int Gift, int Count)>();
        var ended = new HashSet<long>();
        var lateCopies = 0;
        foreach (var e in recording.Events)
        {
            switch (e.Kind)
            {
                case ReplayKind.Like:
                    likes = Math.Max(likes, e.C);
                    break;
                case ReplayKind.Gift:
                    var count = Math.Max(1, e.B);
                    if (e.End && !ended.Add(e.C) && count <= streaks[e.C].Count)
                    {
                        lateCopies++;
                    }
                    streaks[e.C] = streaks.TryGetValue(e.C, out var s) ? s with { Count = Math.Max(s.Count, count) } : (e.Viewer, e.A, count);
                    break;
            }
        }
        var diamonds = new Dictionary<int, long>();
        foreach (var (viewer, gift, count) in streaks.Values)
        {
            diamonds[viewer] = diamonds.GetValueOrDefault(viewer) + (long)Recording.Gifts[gift].Diamonds * count;
        }
        return new ExpectedTotals(likes, diamonds, lateCopies);
    }

    /// <summary>The best <paramref name="rows"/> gifters in the widget's order and format.</summary>
    public IReadOnlyList<BoardRow> TopGifters(int rows) =>
    [
        .. Diamonds
            .OrderByDescending(d => d.Value)
            .ThenBy(d => Recording.Nickname(d.Key), StringComparer.Ordinal)
            .ThenBy(d => Recording.UserId(d.Key), StringComparer.Ordinal)
            .Take(rows)
            .Select(d => new BoardRow(Recording.Nickname(d.Key), Format(d.Value))),
    ];

    /// <summary>As the leaderboard widget formats a score (Leaderboard.razor).</summary>
    public static string Format(long value) => value < 1_000_000
        ? value.ToString("N0", CultureInfo.InvariantCulture)
        : (value / 1_000_000.0).ToString("0.##", CultureInfo.InvariantCulture) + "M";
}
