namespace Overlay.Web.Storage;

/// <summary>
/// Where a goal stood, so a restart mid-stream resumes it: what it counts, the room it counted in (protocol.md §4
/// roomInfo), the room's count (the like total, or the sum of counted events), the baseline subtracted from it
/// (reset and "set progress" in the admin) and the target it had grown to. Progress = Count − Baseline.
/// </summary>
public sealed record GoalProgress(string Slug, string Metric, string RoomId, long Count, long Baseline, long Target)
{
    public long Progress => Math.Max(0, Count - Baseline);
}
