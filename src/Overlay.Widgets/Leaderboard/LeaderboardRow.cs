namespace Overlay.Widgets.Leaderboard;

/// <summary>One ranked viewer. Keyed by the viewer's identity, so a row that moves up keeps its element.</summary>
public sealed record LeaderboardRow(string Key, int Rank, string Nickname, string? AvatarUrl, long Score)
{
    /// <summary>Top gifters: the cached picture of the viewer's biggest gift; null when none or images are off.</summary>
    public string? GiftImageUrl { get; init; }

    /// <summary>The name of that gift, the picture's alt text.</summary>
    public string GiftName { get; init; } = "";
}
