using Overlay.Widgets.Shared;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Widgets.ViewerCount;

/// <summary>The room's current viewers (null until the upstream first says) and the stream's peak.</summary>
public sealed record ViewerCountView(long? Viewers, long Peak, string Label, bool ShowPeak, StreamEndView StreamEnd)
{
    public static ViewerCountView Empty { get; } = new(null, 0, "viewers", true, StreamEndView.Live);

    /// <summary>The language of the built-in "LIVE" and "peak".</summary>
    public string Language { get; init; } = WidgetLanguages.English;
}
