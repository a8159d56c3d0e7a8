using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Components;
using Overlay.Web.Admin.Forms;
using Overlay.Web.Components.Pages.Widgets;
using Overlay.Web.Settings;
using Overlay.Widgets.ChatTicker;

namespace Overlay.Web.Widgets.Kinds;

/// <summary>The chat ticker: the latest chat lines after the instance's filters.</summary>
public sealed partial class ChatTickerKind : WidgetKind<ChatTickerSettings, ChatTickerView>
{
    public static IntRange RowsRange { get; } = new(1, ChatTickerSettings.MaxRowsLimit);

    public static IntRange LifetimeRange { get; } = new(0, ChatTickerSettings.MaxLifetimeSeconds);

    public static IntRange TopGiftersRange { get; } = new(0, ChatTickerSettings.MaxTopGifters);

    public override string Name => "ChatTicker";

    public override string DisplayName => "Chat ticker";

    public override string DefaultSlug => "chat-ticker";

    public override JsonTypeInfo<ChatTickerSettings> Json => ChatTickerJson.Default.ChatTickerSettings;

    public override ChatTickerSettings Defaults(WidgetOptions options) => options.ChatTicker;

    public override IEnumerable<string> Validate(ChatTickerSettings? s, string prefix)
    {
        if (s is null)
        {
            yield return $"{prefix} is missing.";
            yield break;
        }
        if (RowsRange.Problem(prefix, "MaxRows", s.MaxRows) is { } maxRows)
        {
            yield return maxRows;
        }
        if (LifetimeRange.Problem(prefix, "MessageLifetimeSeconds", s.MessageLifetimeSeconds, "never fade") is { } messageLifetimeSeconds)
        {
            yield return messageLifetimeSeconds;
        }
        if (TopGiftersRange.Problem(prefix, "HighlightTopGifters", s.HighlightTopGifters, "off") is { } highlightTopGifters)
        {
            yield return highlightTopGifters;
        }
        if (s.BlockedWords is null || s.BlockedWords.Length > ChatTickerSettings.MaxBlockedWordsLength)
        {
            yield return $"{prefix}:BlockedWords must be at most {ChatTickerSettings.MaxBlockedWordsLength} characters, got {s.BlockedWords?.Length ?? 0}.";
        }
        if (!Enum.IsDefined(s.MinRole))
        {
            yield return $"{prefix}:MinRole must be Everyone, Follower, Subscriber or Moderator, got {s.MinRole}.";
        }
        foreach (var problem in WidgetLookRules.Validate(s.Look, prefix))
        {
            yield return problem;
        }
    }

    internal override DefinitionBuilder<ChatTickerSettings> DefineForm(DefinitionBuilder<ChatTickerSettings> form) => form
        .Integer("maxRows", "Messages shown", "How many of the latest chat messages stay on screen.",
            s => s.MaxRows, (s, v) => s with { MaxRows = (int)v }, RowsRange)
        .Integer("messageLifetimeSeconds", "Message lifetime (seconds)", "A message fades out after this long. 0 keeps it until newer messages push it off.",
            s => s.MessageLifetimeSeconds, (s, v) => s with { MessageLifetimeSeconds = (int)v }, LifetimeRange)
        .Switch("hideCommands", "Hide commands", "Leave out messages that start with ! (bot commands such as !song).",
            s => s.HideCommands, (s, v) => s with { HideCommands = v })
        .Switch("showEmotes", "Show stickers", "Show a row when a viewer sends a sticker (emote) on its own.",
            s => s.ShowEmotes, (s, v) => s with { ShowEmotes = v })
        .Text("blockedWords", "Blocked words", "Words or phrases, separated by commas. A message with one of them (as a whole word, any case) is not shown.",
            s => s.BlockedWords, (s, v) => s with { BlockedWords = v }, ChatTickerSettings.MaxBlockedWordsLength)
        .Choice("minRole", "Who can appear", "Only chat from viewers with at least this role. Higher roles always pass.",
            s => s.MinRole, (s, v) => s with { MinRole = v },
            (ChatRole.Everyone, "Everyone"), (ChatRole.Follower, "Followers"), (ChatRole.Subscriber, "Subscribers"), (ChatRole.Moderator, "Moderators"))
        .Switch("highlightModerators", "Highlight moderators", "Moderators' messages get a coloured edge.",
            s => s.HighlightModerators, (s, v) => s with { HighlightModerators = v })
        .Integer("highlightTopGifters", "Highlight top gifters", "Messages from this stream's top N gifters (by diamonds) get a gold edge. 0 = off.",
            s => s.HighlightTopGifters, (s, v) => s with { HighlightTopGifters = (int)v }, TopGiftersRange)
        .Look((s, look) => s with { Look = look });

    protected override IViewSource<ChatTickerView> CreateState(WidgetStateFactory services, WidgetInstance instance, ChatTickerSettings settings) =>
        new ChatTickerState(settings, services.Hub, services.Time, services.Logger<ChatTickerState>());

    // The page's ?rows= and ?hideCommands= apply to this page only; the instance's own limits stay as they are.
    public override RenderFragment Render(ChatTickerView view, WidgetPageContext page) => builder =>
    {
        builder.OpenComponent<ChatTicker>(0);
        builder.AddComponentParameter(1, nameof(ChatTicker.View), view);
        builder.AddComponentParameter(2, nameof(ChatTicker.MaxRows), page.Overrides.Rows ?? ChatTickerSettings.MaxRowsLimit);
        builder.AddComponentParameter(3, nameof(ChatTicker.HideCommands), page.Overrides.HideCommands);
        builder.CloseComponent();
    };

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(ChatTickerSettings))]
    private sealed partial class ChatTickerJson : JsonSerializerContext;
}
