using Overlay.Web.Events;
using Overlay.Widgets.PkBattle;

namespace Overlay.Web.Widgets;

/// <summary>
/// Turns a battleArmies frame's hosts (protocol.md §10) into the two sides of the bar: each side's team score is
/// the sum over its hosts (up to 4 a side in multi-guest PKs), its top contributors are merged over them.
/// </summary>
internal static class PkSides
{
    public const int MaxHostsPerSide = 4;

    public const int TopContributors = 3;

    public static PkSide Side(IReadOnlyList<BattleHost> hosts, int team, string label)
    {
        var mine = hosts.Where(h => h.Team == team).Take(MaxHostsPerSide).ToList();
        // The wire sorts each host's list MVP first; across hosts the highest score wins, ties keep wire order.
        var top = mine.SelectMany(h => h.Contributors)
            .Where(c => c.Nickname.Length > 0 || c.UserId.Length > 0)
            .DistinctBy(c => c.UserId.Length > 0 ? c.UserId : c.Nickname)
            .OrderByDescending(c => c.Score)
            .Take(TopContributors)
            .Select((c, i) => new PkContributor(c.Nickname.Length > 0 ? c.Nickname : "Viewer", Math.Max(0, c.Score), i == 0))
            .ToList();
        return new PkSide(label, mine.Sum(h => Math.Max(0, h.TeamScore)), top);
    }

    /// <summary>The side with the higher final team score; equal scores are a draw.</summary>
    public static PkOutcome Outcome(PkSide left, PkSide right) =>
        left.Score > right.Score ? PkOutcome.LeftWins
        : right.Score > left.Score ? PkOutcome.RightWins
        : PkOutcome.Draw;
}
