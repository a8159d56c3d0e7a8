namespace Overlay.Widgets.LikeGoal;

/// <summary>What a goal counts.</summary>
public enum GoalMetric
{
    /// <summary>The room's like total (never a sum of per-viewer likes).</summary>
    Likes,
    Follows,
    Shares,

    /// <summary>Diamonds of finished gift combos: diamonds each × final count.</summary>
    Diamonds,
    Subscriptions,

    /// <summary>How many of one gift (<see cref="LikeGoalSettings.GiftName"/>) finished combos brought: "100 Roses".</summary>
    Gift,
}
