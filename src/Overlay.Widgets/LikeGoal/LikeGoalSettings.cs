using Overlay.Widgets.Shared;

namespace Overlay.Widgets.LikeGoal;

public sealed record LikeGoalSettings : IHasLook
{
    public string Title { get; init; } = "Like goal";

    /// <summary>The first target, in room likes.</summary>
    public long Target { get; init; } = 10_000;

    /// <summary>How much the target grows each time it is reached; 0 means by <see cref="Target"/> again.</summary>
    public long Step { get; init; }

    public WidgetLook Look { get; init; } = new();
}
