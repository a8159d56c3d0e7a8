using Overlay.Widgets.Shared;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Widgets.ActivityFeed;

public sealed record ActivityFeedSettings : IHasLook, IHasStreamEnd, IHasLanguage
{
    public const int MaxRowsLimit = 50;

    /// <summary>How many of the latest rows stay on screen (1–50).</summary>
    public int MaxRows { get; init; } = 6;

    public bool ShowFollows { get; init; } = true;

    /// <summary>Finished combos only: one row per combo, never one per streak frame (protocol.md §5).</summary>
    public bool ShowGifts { get; init; } = true;

    /// <summary>Gift rows show the gift's picture (the app's cached copy).</summary>
    public bool ShowGiftImages { get; init; } = true;

    public bool ShowSubscriptions { get; init; } = true;

    public bool ShowShares { get; init; } = true;

    /// <summary>Newest row at the top (off: at the bottom, like a chat).</summary>
    public bool NewestOnTop { get; init; } = true;

    public bool HideWhenStreamEnds { get; init; }

    public string StreamEndedText { get; init; } = "";

    public WidgetLook Look { get; init; } = new();

    public string Language { get; init; } = WidgetLanguages.English;
}
