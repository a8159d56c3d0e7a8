using System.Globalization;
using Overlay.Web.Events;
using Overlay.Web.Widgets;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.Tts;

namespace Overlay.Web.Tts.Queue;

/// <summary>
/// Which events a TTS widget reads and what it says for each, built once per settings: chat by mode, role and
/// command; finished gift combos over the diamond minimum; follows and subscriptions; then the shared text rules
/// (<see cref="SpeechText"/>) and the chat ticker's blocked-word matching (<see cref="ChatFilter"/>) on what
/// would be said, nickname included. Pure: the cooldown and the queue are <see cref="TtsState"/>'s.
/// </summary>
public sealed class SpeechSelector
{
    private readonly TtsSettings _settings;
    private readonly ChatFilter _roles;
    private readonly ChatFilter _words;

    public SpeechSelector(TtsSettings settings)
    {
        _settings = settings;
        _roles = new ChatFilter(new ChatTickerSettings { MinRole = settings.MinRole });
        _words = new ChatFilter(new ChatTickerSettings { BlockedWords = settings.BlockedWords });
    }

    /// <summary>What to read for <paramref name="evt"/>, or null when this widget reads nothing for it.</summary>
    public SpeechRequest? Select(OverlayEvent evt) => evt.IsBacklog ? null : evt switch
    {
        ChatEvent chat => Chat(chat),
        GiftComboEvent { Phase: ComboPhase.Finished } gift when _settings.MinGiftDiamonds > 0 && gift.Diamonds >= _settings.MinGiftDiamonds =>
            Final(SpeechText.Fill(_settings.GiftTemplate, ("nickname", gift.User.DisplayName), ("giftName", gift.GiftName),
                ("count", gift.Count.ToString(CultureInfo.InvariantCulture)), ("diamonds", gift.Diamonds.ToString(CultureInfo.InvariantCulture))),
                gift.User, "gift"),
        FollowEvent follow when _settings.ReadFollows =>
            Final(SpeechText.Fill(_settings.FollowTemplate, ("nickname", follow.User.DisplayName)), follow.User, "follow"),
        SubscribeEvent sub when _settings.ReadSubscriptions =>
            Final(SpeechText.Fill(_settings.SubscribeTemplate, ("nickname", sub.User.DisplayName),
                ("months", Math.Max(1, sub.SubMonth).ToString(CultureInfo.InvariantCulture))), sub.User, "subscription"),
        _ => null,
    };

    /// <summary>Text from elsewhere (a rule's speak action), through the same text rules and blocked words.</summary>
    public SpeechRequest? Request(string text, string? voice) =>
        Final(text, null, "request") is { } request ? request with { Voice = string.IsNullOrWhiteSpace(voice) ? null : voice } : null;

    /// <summary>The message part of a chat for this widget: the command stripped, or null when the mode leaves it out.</summary>
    public string? MessageOf(string comment)
    {
        var text = comment.Trim();
        var command = _settings.Command.Trim();
        var hasCommand = command.Length > 0 && text.StartsWith(command, StringComparison.OrdinalIgnoreCase)
            && (text.Length == command.Length || char.IsWhiteSpace(text[command.Length]));
        return _settings.ReadChat switch
        {
            TtsChatMode.Command => hasCommand ? text[command.Length..].Trim() : null,
            // Other bot commands (!song, !points) are for the bot, not for the stream to hear.
            TtsChatMode.All => hasCommand ? text[command.Length..].Trim() : text.StartsWith('!') ? null : text,
            _ => null,
        };
    }

    private SpeechRequest? Chat(ChatEvent chat)
    {
        if (_settings.ReadChat == TtsChatMode.Off || !_roles.Shows(chat.User, "") || MessageOf(chat.Comment) is not { Length: > 0 } message
            || SpeechText.Clean(message, _settings.MaxLength, _settings.SkipLinks, _settings.SkipEmojiOnly) is not { } clean)
        {
            return null;
        }
        var text = SpeechText.Fill(_settings.ChatTemplate, ("nickname", chat.User.DisplayName), ("message", clean));
        return Final(text, chat.User, "chat") is { } request
            ? request with { MsgId = chat.MsgId, MessageUuid = chat.MessageUuid, Cooled = true }
            : null;
    }

    // The whole phrase is checked, so a blocked word in a nickname or a template is never read either.
    private SpeechRequest? Final(string text, ViewerUser? user, string source)
    {
        var limit = _settings.MaxLength + TtsSettings.MaxTemplateLength + 64;
        if (SpeechText.Clean(text, limit, _settings.SkipLinks, skipEmojiOnly: true) is not { } clean || !_words.Shows(ViewerUser.Anonymous, clean))
        {
            return null;
        }
        return new SpeechRequest(clean, user?.IdentityKey ?? "", source);
    }
}
