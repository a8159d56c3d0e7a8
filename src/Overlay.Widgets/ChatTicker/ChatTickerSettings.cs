using Overlay.Widgets.Shared;

namespace Overlay.Widgets.ChatTicker;

public sealed record ChatTickerSettings : IHasLook
{
    public const int MaxRowsLimit = 200;

    /// <summary>How many of the latest messages to keep on screen (1–200).</summary>
    public int MaxRows { get; init; } = 20;

    public WidgetLook Look { get; init; } = new();
}
