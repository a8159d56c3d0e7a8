using Overlay.Widgets.Shared;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Widgets.ActivityFeed;

/// <summary>The rows to show, oldest first; <see cref="NewestOnTop"/> only changes the order on screen.</summary>
public sealed record ActivityFeedView(IReadOnlyList<ActivityItem> Items, bool NewestOnTop, StreamEndView StreamEnd)
{
    public static ActivityFeedView Empty { get; } = new([], true, StreamEndView.Live);

    /// <summary>The language of the rows' built-in words ("followed", "sent").</summary>
    public string Language { get; init; } = WidgetLanguages.English;
}
