using Overlay.Widgets.Shared;

namespace Overlay.Widgets.ViewerCount;

/// <summary>The room's current viewers (null until the upstream first says) and the stream's peak.</summary>
public sealed record ViewerCountView(long? Viewers, long Peak, string Label, bool ShowPeak, StreamEndView StreamEnd)
{
    public static ViewerCountView Empty { get; } = new(null, 0, "viewers", true, StreamEndView.Live);
}
