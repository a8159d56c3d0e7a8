using Overlay.Widgets.Shared;

namespace Overlay.Widgets.Captions;

public sealed record CaptionsSettings : IHasLook
{
    public const int MaxLinesLimit = 10;

    public const int MaxLineSeconds = 120;

    /// <summary>How many finished lines stay on screen above the one being spoken.</summary>
    public int MaxLines { get; init; } = 2;

    /// <summary>How long a finished line stays on screen.</summary>
    public int LineSeconds { get; init; } = 8;

    public CaptionStyle Style { get; init; } = CaptionStyle.Both;

    public WidgetLook Look { get; init; } = new();
}
