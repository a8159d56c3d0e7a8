namespace Overlay.Web.Storage;

/// <summary>
/// Where a like goal stood, so a restart mid-stream resumes it: the room it counted (a new room starts over,
/// protocol.md §4 roomInfo), the highest room like total seen, and the target it had grown to.
/// </summary>
public sealed record GoalProgress(string Slug, string RoomId, long Likes, long Target);
