namespace Overlay.Widgets.Leaderboard;

/// <summary>One ranked viewer. Keyed by the viewer's identity, so a row that moves up keeps its element.</summary>
public sealed record LeaderboardRow(string Key, int Rank, string Nickname, string? AvatarUrl, long Score);
