using Overlay.Widgets.GiftAlert;

namespace Overlay.Widgets.ActionsScreen;

/// <summary>
/// One thing a rule shows on an actions screen: an image/GIF or a video (same-origin URLs, already checked), a text
/// already filled in (plain text, rendered as text) and a sound. <see cref="Id"/> changes per item so its
/// animation restarts. An item with only a sound shows nothing and still takes its turn, so sounds never overlap.
/// </summary>
public sealed record ScreenItem(long Id, int DisplayMilliseconds)
{
    public string? ImageUrl { get; init; }

    public string? VideoUrl { get; init; }

    public string Text { get; init; } = "";

    public AlertSound? Sound { get; init; }

    /// <summary>The rule's name, for the page's data attribute (styling, tests).</summary>
    public string Rule { get; init; } = "";

    public bool HasVisual => ImageUrl is not null || VideoUrl is not null || Text.Length > 0;
}
