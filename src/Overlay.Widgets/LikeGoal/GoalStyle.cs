namespace Overlay.Widgets.LikeGoal;

/// <summary>How a goal is drawn.</summary>
public enum GoalStyle
{
    /// <summary>Title and numbers over a thick rounded bar.</summary>
    Bar,

    /// <summary>One compact line: title, a thin bar and the numbers.</summary>
    Slim,

    /// <summary>A ring with the count inside and the title below.</summary>
    Circle,
}
