namespace Overlay.Widgets.LikeGoal;

public sealed record GoalView(string Title, long Current, long Target, GoalStyle Style = GoalStyle.Bar, GoalMetric Metric = GoalMetric.Likes)
{
    /// <summary>The gift a gift goal counts; "" for other metrics.</summary>
    public string GiftName { get; init; } = "";

    /// <summary>The gift's cached picture (/gift-images/…), null when none or images are off.</summary>
    public string? GiftImageUrl { get; init; }

    public double Fraction => Target <= 0 ? 1 : Math.Clamp((double)Current / Target, 0, 1);
}
