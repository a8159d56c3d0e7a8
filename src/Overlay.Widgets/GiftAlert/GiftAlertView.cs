using Overlay.Widgets.Shared.Texts;

namespace Overlay.Widgets.GiftAlert;

/// <summary>What the gift alert shows now: the current alert (or none) and how many wait behind it.</summary>
public sealed record GiftAlertView(AlertView? Current, int Queued, int DisplayMilliseconds)
{
    public static GiftAlertView Empty { get; } = new(null, 0, 5000);

    public AlertAnimation Animation { get; init; } = AlertAnimation.Pop;

    /// <summary>The language of the built-in captions and the gift layout's words.</summary>
    public string Language { get; init; } = WidgetLanguages.English;
}
