using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.Shared;

namespace Overlay.Widgets.Tts;

/// <summary>
/// A text-to-speech widget: what it reads (chat, gifts, follows, subscriptions), the filters, the voice and the
/// sound. Off until <see cref="Enabled"/>: a fresh install never speaks on stream by surprise.
/// </summary>
public sealed record TtsSettings : IHasLook
{
    public const int MaxLengthLimit = 500;
    public const int MaxTemplateLength = 200;
    public const int MaxCommandLength = 32;
    public const int MaxVoiceLength = 100;
    public const int MaxQueueLimit = 200;
    public const int MaxBlockedWordsLength = 2000;

    public const string DefaultGiftTemplate = "{nickname} sent {giftName} ×{count}";

    public bool Enabled { get; init; }

    public TtsChatMode ReadChat { get; init; } = TtsChatMode.Command;

    /// <summary>The command a chat message starts with in <see cref="TtsChatMode.Command"/> mode; it is not read.</summary>
    public string Command { get; init; } = "!tts";

    /// <summary>The least a viewer must be for their chat to be read; higher roles pass too.</summary>
    public ChatRole MinRole { get; init; } = ChatRole.Everyone;

    /// <summary>How a chat message is read: {nickname} and {message}.</summary>
    public string ChatTemplate { get; init; } = "{nickname} says {message}";

    /// <summary>Finished gift combos worth at least this many diamonds are read; 0 reads no gifts.</summary>
    public int MinGiftDiamonds { get; init; }

    /// <summary>{nickname}, {giftName}, {count} and {diamonds}.</summary>
    public string GiftTemplate { get; init; } = DefaultGiftTemplate;

    public bool ReadFollows { get; init; }

    public string FollowTemplate { get; init; } = "{nickname} followed";

    public bool ReadSubscriptions { get; init; }

    public string SubscribeTemplate { get; init; } = "{nickname} subscribed";

    /// <summary>Words or phrases, separated by commas or new lines, matched as the chat ticker matches them.</summary>
    public string BlockedWords { get; init; } = "";

    /// <summary>Longer messages are cut at a word boundary.</summary>
    public int MaxLength { get; init; } = 200;

    /// <summary>Links are left out of what is read (a message that was only a link is not read).</summary>
    public bool SkipLinks { get; init; } = true;

    /// <summary>Messages with no letters or digits (only emoji or symbols) are not read.</summary>
    public bool SkipEmojiOnly { get; init; } = true;

    /// <summary>Seconds before the same viewer's next chat is read; 0 = no cooldown.</summary>
    public int ViewerCooldownSeconds { get; init; } = 10;

    /// <summary>How many messages may wait; past it, new ones are not read.</summary>
    public int MaxQueue { get; init; } = 20;

    /// <summary>The engine's voice name (see the admin's Text to speech page); empty = the engine's default.</summary>
    public string Voice { get; init; } = "";

    /// <summary>Each viewer gets their own voice, the same every time, from the installed voices of the voice's language.</summary>
    public bool VoicePerViewer { get; init; }

    /// <summary>Speaking speed in percent of normal (50–200).</summary>
    public int Rate { get; init; } = 100;

    /// <summary>0–100.</summary>
    public int Volume { get; init; } = 100;

    /// <summary>Shows the text being read on the widget, as a caption.</summary>
    public bool ShowCaption { get; init; }

    public WidgetLook Look { get; init; } = new();
}
