namespace Overlay.Widgets.Captions;

/// <summary>The final lines still on screen, oldest first, then the line being spoken (if any).</summary>
public sealed record CaptionsView(IReadOnlyList<CaptionLine> Lines, CaptionStyle Style)
{
    public static CaptionsView Empty { get; } = new([], CaptionStyle.Both);
}
