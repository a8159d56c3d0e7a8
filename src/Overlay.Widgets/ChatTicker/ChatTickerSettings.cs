using Overlay.Widgets.Shared;

namespace Overlay.Widgets.ChatTicker;

public sealed record ChatTickerSettings : IHasLook
{
    public const int MaxRowsLimit = 200;
    public const int MaxLifetimeSeconds = 3600;
    public const int MaxTopGifters = 100;
    public const int MaxBlockedWordsLength = 2000;

    /// <summary>How many of the latest messages to keep on screen (1–200).</summary>
    public int MaxRows { get; init; } = 20;

    /// <summary>Leaves out messages that start with "!" (bot commands such as !song).</summary>
    public bool HideCommands { get; init; }

    /// <summary>Shows stickers (emotes) a viewer sends on their own, as a row with the image; the role filter applies.</summary>
    public bool ShowEmotes { get; init; } = true;

    /// <summary>Words or phrases, separated by commas or new lines; a message containing one as a whole word (any case) is left out.</summary>
    public string BlockedWords { get; init; } = "";

    public ChatRole MinRole { get; init; } = ChatRole.Everyone;

    /// <summary>Gives moderators' rows their own highlight.</summary>
    public bool HighlightModerators { get; init; } = true;

    /// <summary>Highlights the viewers with the most diamonds this stream (finished gifts): this many of them, 0 = off.</summary>
    public int HighlightTopGifters { get; init; }

    /// <summary>Seconds a message stays before it fades out; 0 keeps it until newer messages push it off.</summary>
    public int MessageLifetimeSeconds { get; init; }

    public WidgetLook Look { get; init; } = new();
}
