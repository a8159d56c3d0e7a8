using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Overlay.Web.Admin.Forms;
using Overlay.Web.Components.Pages.Widgets;
using Overlay.Web.Settings;
using Overlay.Web.Tts.Queue;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.Tts;

namespace Overlay.Web.Widgets.Kinds;

/// <summary>
/// Text to speech: chat, gifts, follows and subscriptions read aloud as real audio the page plays, so OBS captures
/// it (browser speech is not captured with "Control audio via OBS"). Off until enabled.
/// </summary>
public sealed partial class TtsKind : WidgetKind<TtsSettings, TtsView>
{
    public static IntRange MaxLengthRange { get; } = new(10, TtsSettings.MaxLengthLimit);

    public static IntRange QueueRange { get; } = new(1, TtsSettings.MaxQueueLimit);

    public static IntRange RateRange { get; } = new(50, 200);

    public static IntRange DiamondsRange { get; } = new(0, int.MaxValue);

    public override string Name => "Tts";

    public override string DisplayName => "Text to speech";

    public override string DefaultSlug => "tts";

    public override JsonTypeInfo<TtsSettings> Json => TtsJson.Default.TtsSettings;

    public override TtsSettings Defaults(WidgetOptions options) => options.Tts;

    public override bool PlaysSound(object settings) => settings is TtsSettings { Enabled: true };

    /// <summary>Speech is all it does: OBS must route its audio.</summary>
    public override bool HasSound => true;

    /// <summary>Off until the streamer enables it, so one-click setup leaves it out until then.</summary>
    public override bool IsEnabled(object settings) => settings is TtsSettings { Enabled: true };

    public override IEnumerable<string> Validate(TtsSettings? s, string prefix)
    {
        if (s is null)
        {
            return [$"{prefix} is missing."];
        }
        var problems = new List<string>();
        if (!Enum.IsDefined(s.ReadChat))
        {
            problems.Add($"{prefix}:ReadChat must be off, all or command, got {s.ReadChat}.");
        }
        if (!Enum.IsDefined(s.MinRole))
        {
            problems.Add($"{prefix}:MinRole must be Everyone, Follower, Subscriber or Moderator, got {s.MinRole}.");
        }
        if (s.Command is null || s.Command.Length > TtsSettings.MaxCommandLength || s.Command.Any(char.IsWhiteSpace)
            || (s.ReadChat == TtsChatMode.Command && s.Command.Length == 0))
        {
            problems.Add($"{prefix}:Command must be one word of at most {TtsSettings.MaxCommandLength} characters (e.g. !tts), got '{s.Command}'"
                + (s.ReadChat == TtsChatMode.Command ? "; ReadChat 'command' needs one." : "."));
        }
        if (!DiamondsRange.Contains(s.MinGiftDiamonds))
        {
            problems.Add($"{prefix}:MinGiftDiamonds must be 0 (gifts are not read) or more, got {s.MinGiftDiamonds}.");
        }
        SettingRules.AddIf(problems, MaxLengthRange.Problem(prefix, "MaxLength", s.MaxLength));
        SettingRules.AddIf(problems, QueueRange.Problem(prefix, "MaxQueue", s.MaxQueue));
        SettingRules.AddIf(problems, RateRange.Problem(prefix, "Rate", s.Rate));
        SettingRules.CheckVolume(problems, s.Volume, $"{prefix}:Volume");
        SettingRules.CheckCooldown(problems, s.ViewerCooldownSeconds, $"{prefix}:ViewerCooldownSeconds");
        SettingRules.CheckTemplate(problems, s.ChatTemplate, TtsSettings.MaxTemplateLength, $"{prefix}:ChatTemplate");
        SettingRules.CheckTemplate(problems, s.GiftTemplate, TtsSettings.MaxTemplateLength, $"{prefix}:GiftTemplate");
        SettingRules.CheckTemplate(problems, s.FollowTemplate, TtsSettings.MaxTemplateLength, $"{prefix}:FollowTemplate");
        SettingRules.CheckTemplate(problems, s.SubscribeTemplate, TtsSettings.MaxTemplateLength, $"{prefix}:SubscribeTemplate");
        if (s.BlockedWords is null || s.BlockedWords.Length > TtsSettings.MaxBlockedWordsLength)
        {
            problems.Add($"{prefix}:BlockedWords must be at most {TtsSettings.MaxBlockedWordsLength} characters, got {s.BlockedWords?.Length ?? 0}.");
        }
        SettingRules.AddIf(problems, CheckVoice(s.Voice, $"{prefix}:Voice"));
        problems.AddRange(WidgetLookRules.Validate(s.Look, prefix));
        return problems;
    }

    /// <summary>
    /// Null when <paramref name="voice"/> can be a voice name: empty (the default) or letters, digits, spaces and
    /// - _ . ( ) + , only, never starting with "-", so it can never be taken for an engine option. Whether it is
    /// installed is the engine's to say (the admin's Text to speech page).
    /// </summary>
    public static string? CheckVoice(string? voice, string at) =>
        voice is not null && (voice.Length == 0 || VoiceName().IsMatch(voice))
            ? null
            : $"{at} must be empty (the engine's default) or a voice name from the Text to speech page (letters, digits, spaces and - _ . ( ) + , only; at most {TtsSettings.MaxVoiceLength} characters), got '{voice}'.";

    internal override DefinitionBuilder<TtsSettings> DefineForm(DefinitionBuilder<TtsSettings> form) => form
        .Switch("enabled", "Enabled", "Off by default: nothing is read until this is on. Add the widget to OBS as a browser source; it plays the speech.",
            s => s.Enabled, (s, v) => s with { Enabled = v })
        .Choice("readChat", "Read chat", "Every message, only messages that start with the command below (the command is not read), or none.",
            s => s.ReadChat, (s, v) => s with { ReadChat = v },
            (TtsChatMode.Command, "Only with the command"), (TtsChatMode.All, "Every message"), (TtsChatMode.Off, "Off"))
        .Text("command", "Command", "What a chat message starts with to be read, e.g. !tts.",
            s => s.Command, (s, v) => s with { Command = v.Trim() }, TtsSettings.MaxCommandLength)
        .Choice("minRole", "Whose chat is read", "Only chat from viewers with at least this role. Higher roles always pass.",
            s => s.MinRole, (s, v) => s with { MinRole = v },
            (ChatRole.Everyone, "Everyone"), (ChatRole.Follower, "Followers"), (ChatRole.Subscriber, "Subscribers"), (ChatRole.Moderator, "Moderators"))
        .Text("chatTemplate", "Chat is read as", "{nickname} and {message}. Just {message} reads the message alone.",
            s => s.ChatTemplate, (s, v) => s with { ChatTemplate = v }, TtsSettings.MaxTemplateLength)
        .Integer("minGiftDiamonds", "Read gifts from (diamonds)", "Finished gift combos worth at least this many diamonds are read, after their alert's sound. 0 = gifts are not read.",
            s => s.MinGiftDiamonds, (s, v) => s with { MinGiftDiamonds = (int)v }, DiamondsRange, group: "Gifts, follows, subscriptions")
        .Text("giftTemplate", "Gift is read as", "{nickname}, {giftName}, {count} and {diamonds}.",
            s => s.GiftTemplate, (s, v) => s with { GiftTemplate = v }, TtsSettings.MaxTemplateLength, group: "Gifts, follows, subscriptions")
        .Switch("readFollows", "Read follows", "Says the follow template when someone follows.",
            s => s.ReadFollows, (s, v) => s with { ReadFollows = v }, group: "Gifts, follows, subscriptions")
        .Text("followTemplate", "Follow is read as", "{nickname}.",
            s => s.FollowTemplate, (s, v) => s with { FollowTemplate = v }, TtsSettings.MaxTemplateLength, group: "Gifts, follows, subscriptions")
        .Switch("readSubscriptions", "Read subscriptions", "Says the subscription template when someone subscribes.",
            s => s.ReadSubscriptions, (s, v) => s with { ReadSubscriptions = v }, group: "Gifts, follows, subscriptions")
        .Text("subscribeTemplate", "Subscription is read as", "{nickname} and {months}.",
            s => s.SubscribeTemplate, (s, v) => s with { SubscribeTemplate = v }, TtsSettings.MaxTemplateLength, group: "Gifts, follows, subscriptions")
        .Text("blockedWords", "Blocked words", "Words or phrases, separated by commas, matched as in the chat ticker (whole words, any case). Nothing containing one is read, nicknames included.",
            s => s.BlockedWords, (s, v) => s with { BlockedWords = v }, TtsSettings.MaxBlockedWordsLength, group: "Filters")
        .Integer("maxLength", "Longest message (characters)", "Longer messages are cut at a word.",
            s => s.MaxLength, (s, v) => s with { MaxLength = (int)v }, MaxLengthRange, group: "Filters")
        .Switch("skipLinks", "Skip links", "Links are not read; a message that is only a link is not read at all.",
            s => s.SkipLinks, (s, v) => s with { SkipLinks = v }, group: "Filters")
        .Switch("skipEmojiOnly", "Skip emoji-only messages", "Messages with no letters or digits are not read.",
            s => s.SkipEmojiOnly, (s, v) => s with { SkipEmojiOnly = v }, group: "Filters")
        .Integer("viewerCooldownSeconds", "Per-viewer cooldown (seconds)", "A viewer's next chat is read only after this long. 0 = no cooldown.",
            s => s.ViewerCooldownSeconds, (s, v) => s with { ViewerCooldownSeconds = (int)v }, SettingRules.CooldownSeconds, group: "Filters")
        .Integer("maxQueue", "Queue size", "How many messages may wait; past it, new messages are not read.",
            s => s.MaxQueue, (s, v) => s with { MaxQueue = (int)v }, QueueRange, group: "Filters")
        .Text("voice", "Voice", "A voice name from the admin's Text to speech page. Empty = the engine's default voice.",
            s => s.Voice, (s, v) => s with { Voice = v.Trim() }, TtsSettings.MaxVoiceLength, group: "Voice and sound")
        .Switch("voicePerViewer", "A voice per viewer", "Each viewer gets their own voice, always the same, from the installed voices of the voice's language.",
            s => s.VoicePerViewer, (s, v) => s with { VoicePerViewer = v }, group: "Voice and sound")
        .Integer("rate", "Speed (%)", "100 is normal speed.",
            s => s.Rate, (s, v) => s with { Rate = (int)v }, RateRange, group: "Voice and sound")
        .Integer("volume", "Volume (%)", "0–100. OBS's own volume for the source applies on top.",
            s => s.Volume, (s, v) => s with { Volume = (int)v }, SettingRules.Volume, group: "Voice and sound")
        .Switch("showCaption", "Show a caption", "Shows the text being read on the widget. Off, the widget shows nothing.",
            s => s.ShowCaption, (s, v) => s with { ShowCaption = v }, group: "Voice and sound")
        .Look((s, look) => s with { Look = look });

    protected override IViewSource<TtsView> CreateState(WidgetStateFactory services, WidgetInstance instance, TtsSettings settings) =>
        new TtsState(settings, services.Hub, services.Speech, services.Floor, services.Time, services.Metrics, services.Logger<TtsState>());

    // Audio only inside the circuit: the prerendered markup is replaced when the circuit starts, and an audio
    // element in both would play the clip twice.
    public override RenderFragment Render(TtsView view, WidgetPageContext page) => builder =>
    {
        builder.OpenComponent<TtsPlayer>(0);
        builder.AddComponentParameter(1, nameof(TtsPlayer.View), view);
        builder.AddComponentParameter(2, nameof(TtsPlayer.PlaySounds), page.Interactive);
        builder.CloseComponent();
    };

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} ._()+,\-]{0,99}$")]
    private static partial Regex VoiceName();

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(TtsSettings))]
    private sealed partial class TtsJson : JsonSerializerContext;
}
