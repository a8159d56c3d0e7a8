using Overlay.Widgets.Shared;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Widgets.ViewerCount;

public sealed record ViewerCountSettings : IHasLook, IHasStreamEnd, IHasLanguage
{
    public const int MaxLabelLength = 40;

    /// <summary>Shown after the number ("viewers", "watching"); empty shows the number alone.</summary>
    public string Label { get; init; } = WidgetTexts.Get(WidgetText.ViewersLabel, WidgetLanguages.English);

    /// <summary>Also show the highest count of this stream.</summary>
    public bool ShowPeak { get; init; } = true;

    public bool HideWhenStreamEnds { get; init; }

    public string StreamEndedText { get; init; } = WidgetTexts.Get(WidgetText.StreamEnded, WidgetLanguages.English);

    public string Language { get; init; } = WidgetLanguages.English;

    public WidgetLook Look { get; init; } = new();
}
