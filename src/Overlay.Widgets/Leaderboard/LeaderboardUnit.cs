namespace Overlay.Widgets.Leaderboard;

/// <summary>What a leaderboard counts, which decides the score's icon.</summary>
public enum LeaderboardUnit
{
    Diamonds,
    Likes,
}
