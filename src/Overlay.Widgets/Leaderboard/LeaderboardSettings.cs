using Overlay.Widgets.Shared;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Widgets.Leaderboard;

/// <summary>Settings of both leaderboards (top gifters by diamonds, top likers by likes).</summary>
public sealed record LeaderboardSettings : IHasLook, IHasStreamEnd, IHasLanguage
{
    public const int MaxRowsLimit = 20;
    public const int MaxTitleLength = 60;

    /// <summary>Shown above the rows; empty shows the board's own title ("Top gifters", "Top likers").</summary>
    public string Title { get; init; } = "";

    /// <summary>How many viewers are listed (1–20).</summary>
    public int Rows { get; init; } = 5;

    /// <summary>Count every stream since the board was first used (off: this stream only, reset by a new LIVE).</summary>
    public bool AllTime { get; init; }

    /// <summary>Top gifters: each row shows the viewer's biggest gift (the app's cached picture).</summary>
    public bool ShowGiftImages { get; init; } = true;

    public bool HideWhenStreamEnds { get; init; }

    public string StreamEndedText { get; init; } = "";

    public WidgetLook Look { get; init; } = new();

    public string Language { get; init; } = WidgetLanguages.English;
}
