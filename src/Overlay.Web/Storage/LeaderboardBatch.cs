namespace Overlay.Web.Storage;

/// <summary>
/// What changed on the leaderboards since the last save: boards emptied (a new stream), the scores that moved,
/// and the room the stream boards now belong to. Saved whole or not at all.
/// </summary>
public sealed record LeaderboardBatch(IReadOnlyList<string> ClearedBoards, IReadOnlyList<LeaderboardScore> Scores, string RoomId)
{
    public bool IsEmpty => ClearedBoards.Count == 0 && Scores.Count == 0;
}
