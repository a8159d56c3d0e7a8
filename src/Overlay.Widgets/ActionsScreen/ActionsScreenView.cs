namespace Overlay.Widgets.ActionsScreen;

/// <summary>The item on screen (null when idle) and how many wait behind it.</summary>
public sealed record ActionsScreenView(ScreenItem? Current, int Queued)
{
    public static ActionsScreenView Empty { get; } = new(null, 0);
}
