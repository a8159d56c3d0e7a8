using Overlay.Widgets.Shared;

namespace Overlay.Widgets.ActivityFeed;

/// <summary>The rows to show, oldest first; <see cref="NewestOnTop"/> only changes the order on screen.</summary>
public sealed record ActivityFeedView(IReadOnlyList<ActivityItem> Items, bool NewestOnTop, StreamEndView StreamEnd)
{
    public static ActivityFeedView Empty { get; } = new([], true, StreamEndView.Live);
}
