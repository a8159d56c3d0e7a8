namespace Overlay.Widgets.LikeGoal;

public sealed record GoalView(string Title, long Current, long Target, GoalStyle Style = GoalStyle.Bar, GoalMetric Metric = GoalMetric.Likes)
{
    public double Fraction => Target <= 0 ? 1 : Math.Clamp((double)Current / Target, 0, 1);
}
