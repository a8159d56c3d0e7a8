using Overlay.Widgets.Shared;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Widgets.LikeGoal;

/// <summary>Settings of a goal widget. The kind keeps its first name (like goal) so stored instances keep working.</summary>
public sealed record LikeGoalSettings : IHasLook, IHasLanguage
{
    public string Title { get; init; } = WidgetTexts.Get(WidgetText.GoalTitle, WidgetLanguages.English);

    /// <summary>What the goal counts.</summary>
    public GoalMetric Metric { get; init; } = GoalMetric.Likes;

    /// <summary>The gift a <see cref="GoalMetric.Gift"/> goal counts, by name (case-insensitive), e.g. "Rose".</summary>
    public string GiftName { get; init; } = "";

    /// <summary>A gift goal shows the gift's picture (the app's cached copy) as its icon.</summary>
    public bool ShowGiftImages { get; init; } = true;

    /// <summary>The first target, in units of <see cref="Metric"/>.</summary>
    public long Target { get; init; } = 10_000;

    /// <summary>How much the target grows each time it is reached; 0 means by <see cref="Target"/> again.</summary>
    public long Step { get; init; }

    /// <summary>Reaching the target moves it up by <see cref="Step"/>; off leaves the bar full at the target.</summary>
    public bool AutoNext { get; init; } = true;

    public GoalStyle Style { get; init; } = GoalStyle.Bar;

    /// <summary>A new LIVE (new roomId) starts the goal over; off carries progress and target into the next stream.</summary>
    public bool ResetPerStream { get; init; } = true;

    public WidgetLook Look { get; init; } = new();

    public string Language { get; init; } = WidgetLanguages.English;
}
