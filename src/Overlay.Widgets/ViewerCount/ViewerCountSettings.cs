using Overlay.Widgets.Shared;

namespace Overlay.Widgets.ViewerCount;

public sealed record ViewerCountSettings : IHasLook, IHasStreamEnd
{
    public const int MaxLabelLength = 40;

    /// <summary>Shown after the number ("viewers", "watching"); empty shows the number alone.</summary>
    public string Label { get; init; } = "viewers";

    /// <summary>Also show the highest count of this stream.</summary>
    public bool ShowPeak { get; init; } = true;

    public bool HideWhenStreamEnds { get; init; }

    public string StreamEndedText { get; init; } = "Stream ended";

    public WidgetLook Look { get; init; } = new();
}
