using Overlay.Widgets.Shared;

namespace Overlay.Widgets.ActionsScreen;

/// <summary>One actions screen: where Actions &amp; Events rules show media, text and sounds, one item at a time.</summary>
public sealed record ActionsScreenSettings : IHasLook
{
    public const int MaxQueueLimit = 500;

    /// <summary>Items waiting behind the one on screen; past this the newest is dropped and counted.</summary>
    public int MaxQueue { get; init; } = 50;

    public WidgetLook Look { get; init; } = new();
}
