namespace Overlay.Web.Storage;

/// <summary>One viewer's score on one board, as stored.</summary>
public sealed record LeaderboardScore(string Board, string UserId, string Nickname, string? AvatarUrl, long Score);
