using Overlay.Web.Settings;
using Overlay.Web.Widgets;
using Overlay.Web.Storage;
using Overlay.Widgets.ActivityFeed;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.Leaderboard;
using Overlay.Widgets.LikeGoal;
using Overlay.Widgets.Shared;
using Overlay.Widgets.ViewerCount;

namespace Overlay.Web.Admin.Forms;

/// <summary>
/// The one settings definition per widget kind. Adding a setting to a widget means adding its line here: the
/// admin form, its validation and its reset-to-default follow. Ranges are the State validator's, so a value
/// the form accepts is one the widget factory accepts.
/// </summary>
public static class WidgetSettingsDefinitions
{
    public static WidgetSettingsDefinition GiftAlert { get; } =
        new DefinitionBuilder<GiftAlertSettings>(WidgetKind.GiftAlert, "Gift alert", StorageJsonContext.Default.GiftAlertSettings,
                s => WidgetSettingsValidator.Validate(s, "Gift alert"))
            .Decimal("displaySeconds", "Display time (seconds)", "How long one alert stays on screen.",
                s => s.DisplaySeconds, (s, v) => s with { DisplaySeconds = v },
                WidgetSettingsValidator.MinDisplaySeconds, WidgetSettingsValidator.MaxDisplaySeconds)
            .Integer("maxQueue", "Alert queue length", "Alerts waiting behind the current one; past this the cheapest waiting alert is dropped.",
                s => s.MaxQueue, (s, v) => s with { MaxQueue = (int)v }, 0, WidgetSettingsValidator.MaxAlertQueue)
            .Choice("animation", "Animation", "How each alert comes in and goes out.", s => s.Animation, (s, v) => s with { Animation = v },
                (AlertAnimation.Pop, "Pop"), (AlertAnimation.Slide, "Slide"), (AlertAnimation.Fade, "Fade"))
            .Switch("giftEnabled", "Gift alerts", "One alert per finished gift combo.", s => s.GiftEnabled, (s, v) => s with { GiftEnabled = v }, Gifts)
            .Integer("minDiamonds", "Minimum diamonds", "Combos worth less than this (diamonds × count) do not alert. 0 alerts every gift.",
                s => s.MinDiamonds, (s, v) => s with { MinDiamonds = (int)v }, 0, int.MaxValue, Gifts)
            .Text("giftTemplate", "Text", $"{TemplateHelp} Empty shows the standard gift layout.",
                s => s.GiftTemplate, (s, v) => s with { GiftTemplate = v }, GiftAlertSettings.MaxTemplateLength, Gifts)
            .Switch("soundEnabled", "Play a sound", "Once as each gift alert appears (a variation may pick another file). Off silences every gift. OBS plays it; a normal browser tab may block it.",
                s => s.SoundEnabled, (s, v) => s with { SoundEnabled = v }, Gifts)
            .Sound("soundFile", "Sound file", "An audio file in the wwwroot/sounds folder next to appsettings.json.",
                s => s.SoundFile, (s, v) => s with { SoundFile = v }, Gifts)
            .Integer("soundVolume", "Volume", "The sound's volume in the browser source.",
                s => s.SoundVolume, (s, v) => s with { SoundVolume = (int)v }, 0, 100, Gifts)
            .Integer("giftSoundCooldownSeconds", "Sound cooldown (seconds)", "After a gift sound, the next gift alerts stay silent this long. 0: every alert plays.",
                s => s.GiftSoundCooldownSeconds, (s, v) => s with { GiftSoundCooldownSeconds = (int)v }, 0, WidgetSettingsValidator.MaxCooldownSeconds, Gifts)
            .Image("giftImageFile", "Image or GIF", "Shown instead of the gift picture; a file in wwwroot/images. Empty: the gift's own picture.",
                s => s.GiftImageFile, (s, v) => s with { GiftImageFile = v }, Gifts)
            .Video("giftVideoFile", "Video", VideoHelp, s => s.GiftVideoFile, (s, v) => s with { GiftVideoFile = v }, Gifts)
            .Color("giftAccentColor", "Accent colour", "Gift alerts' ring and highlights (a variation's colour wins). Empty: the look's accent.",
                s => s.GiftAccentColor, (s, v) => s with { GiftAccentColor = v }, Gifts)
            .AlertType("follow", "Follows", s => s.Follow, (s, t) => s with { Follow = t })
            .AlertType("share", "Shares", s => s.Share, (s, t) => s with { Share = t })
            .AlertType("subscribe", "Subscriptions", s => s.Subscribe, (s, t) => s with { Subscribe = t })
            .AlertType("join", "Joins", s => s.Join, (s, t) => s with { Join = t })
            .GiftVariations(s => s.Variations, (s, v) => s with { Variations = v })
            .Look((s, look) => s with { Look = look })
            .Build();

    private const string Gifts = "Gifts";

    internal const string VideoHelp = "A .webm or .mp4 in wwwroot/videos, played muted and looped while the alert shows. Empty: none.";

    internal const string TemplateHelp = "Plain text; {nickname}, {giftName}, {count} and {diamonds} are filled in.";

    public static WidgetSettingsDefinition ChatTicker { get; } =
        new DefinitionBuilder<ChatTickerSettings>(WidgetKind.ChatTicker, "Chat ticker", StorageJsonContext.Default.ChatTickerSettings,
                s => WidgetSettingsValidator.Validate(s, "Chat ticker"))
            .Integer("maxRows", "Messages shown", "How many of the latest chat messages stay on screen.",
                s => s.MaxRows, (s, v) => s with { MaxRows = (int)v }, 1, ChatTickerSettings.MaxRowsLimit)
            .Integer("messageLifetimeSeconds", "Message lifetime (seconds)", "A message fades out after this long. 0 keeps it until newer messages push it off.",
                s => s.MessageLifetimeSeconds, (s, v) => s with { MessageLifetimeSeconds = (int)v }, 0, ChatTickerSettings.MaxLifetimeSeconds)
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
                s => s.HighlightTopGifters, (s, v) => s with { HighlightTopGifters = (int)v }, 0, ChatTickerSettings.MaxTopGifters)
            .Look((s, look) => s with { Look = look })
            .Build();

    // The kind is still called LikeGoal (stored instances and the like-goal slug keep working); it counts any metric.
    public static WidgetSettingsDefinition LikeGoal { get; } =
        new DefinitionBuilder<LikeGoalSettings>(WidgetKind.LikeGoal, "Goal", StorageJsonContext.Default.LikeGoalSettings,
                s => WidgetSettingsValidator.Validate(s, "Goal"))
            .Text("title", "Title", "Shown with the bar.", s => s.Title, (s, v) => s with { Title = v }, WidgetSettingsValidator.MaxTitleLength)
            .Choice("metric", "Counts", "What fills the goal. Changing it starts the goal over.", s => s.Metric, (s, v) => s with { Metric = v },
                (GoalMetric.Likes, "Likes (room total)"), (GoalMetric.Follows, "Follows"), (GoalMetric.Shares, "Shares"),
                (GoalMetric.Diamonds, "Diamonds (finished gifts)"), (GoalMetric.Subscriptions, "Subscriptions"))
            .Integer("target", "Target", "The first goal, in what it counts.",
                s => s.Target, (s, v) => s with { Target = v }, 1, WidgetSettingsValidator.MaxLikeTarget)
            .Integer("step", "Step", "How much the target grows each time it is reached. 0 grows it by the first target again.",
                s => s.Step, (s, v) => s with { Step = v }, 0, WidgetSettingsValidator.MaxLikeTarget)
            .Switch("autoNext", "Next step automatically", "Reaching the target moves it up by the step. Off: the bar stays full.",
                s => s.AutoNext, (s, v) => s with { AutoNext = v })
            .Choice("style", "Style", "How the goal is drawn.", s => s.Style, (s, v) => s with { Style = v },
                (GoalStyle.Bar, "Bar"), (GoalStyle.Slim, "Slim line"), (GoalStyle.Circle, "Circle"))
            .Switch("resetPerStream", "Start over each stream", "A new LIVE starts from 0 and the first target. Off: progress carries into the next stream.",
                s => s.ResetPerStream, (s, v) => s with { ResetPerStream = v })
            .Look((s, look) => s with { Look = look })
            .Build();

    public static WidgetSettingsDefinition ViewerCount { get; } =
        new DefinitionBuilder<ViewerCountSettings>(WidgetKind.ViewerCount, "Viewer count", StorageJsonContext.Default.ViewerCountSettings,
                s => WidgetSettingsValidator.Validate(s, "Viewer count"))
            .Text("label", "Label", "Shown after the number, e.g. \"viewers\" or \"watching\". Empty shows the number alone.",
                s => s.Label, (s, v) => s with { Label = v }, ViewerCountSettings.MaxLabelLength)
            .Switch("showPeak", "Show peak", "Also show the highest viewer count of this stream.",
                s => s.ShowPeak, (s, v) => s with { ShowPeak = v })
            .StreamEnd((s, v) => s with { HideWhenStreamEnds = v }, (s, v) => s with { StreamEndedText = v })
            .Look((s, look) => s with { Look = look })
            .Build();

    public static WidgetSettingsDefinition ActivityFeed { get; } =
        new DefinitionBuilder<ActivityFeedSettings>(WidgetKind.ActivityFeed, "Recent activity", StorageJsonContext.Default.ActivityFeedSettings,
                s => WidgetSettingsValidator.Validate(s, "Recent activity"))
            .Integer("maxRows", "Rows shown", "How many of the latest follows, gifts, subscriptions and shares stay on screen.",
                s => s.MaxRows, (s, v) => s with { MaxRows = (int)v }, 1, ActivityFeedSettings.MaxRowsLimit)
            .Switch("showFollows", "Follows", "List new followers.", s => s.ShowFollows, (s, v) => s with { ShowFollows = v })
            .Switch("showGifts", "Gifts", "List gifts, one row per finished combo.", s => s.ShowGifts, (s, v) => s with { ShowGifts = v })
            .Switch("showSubscriptions", "Subscriptions", "List new subscribers.", s => s.ShowSubscriptions, (s, v) => s with { ShowSubscriptions = v })
            .Switch("showShares", "Shares", "List viewers who shared the LIVE.", s => s.ShowShares, (s, v) => s with { ShowShares = v })
            .Switch("newestOnTop", "Newest on top", "Off: newest at the bottom, like a chat.", s => s.NewestOnTop, (s, v) => s with { NewestOnTop = v })
            .StreamEnd((s, v) => s with { HideWhenStreamEnds = v }, (s, v) => s with { StreamEndedText = v })
            .Look((s, look) => s with { Look = look })
            .Build();

    public static WidgetSettingsDefinition TopGifters { get; } = Leaderboard(WidgetKind.TopGifters, "Top gifters", "diamonds from finished gift combos");

    public static WidgetSettingsDefinition TopLikers { get; } = Leaderboard(WidgetKind.TopLikers, "Top likers", "likes sent");

    public static IReadOnlyList<WidgetSettingsDefinition> All { get; } =
        [GiftAlert, ChatTicker, LikeGoal, ViewerCount, ActivityFeed, TopGifters, TopLikers];

    public static WidgetSettingsDefinition For(WidgetKind kind) => kind switch
    {
        WidgetKind.GiftAlert => GiftAlert,
        WidgetKind.ChatTicker => ChatTicker,
        WidgetKind.LikeGoal => LikeGoal,
        WidgetKind.ViewerCount => ViewerCount,
        WidgetKind.ActivityFeed => ActivityFeed,
        WidgetKind.TopGifters => TopGifters,
        WidgetKind.TopLikers => TopLikers,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown widget kind."),
    };

    private static WidgetSettingsDefinition Leaderboard(WidgetKind kind, string title, string ranks) =>
        new DefinitionBuilder<LeaderboardSettings>(kind, title, StorageJsonContext.Default.LeaderboardSettings,
                s => WidgetSettingsValidator.Validate(s, title))
            .Text("title", "Title", $"Shown above the list. Empty shows \"{title}\".",
                s => s.Title, (s, v) => s with { Title = v }, LeaderboardSettings.MaxTitleLength)
            .Integer("rows", "Rows", $"How many viewers are listed, ranked by {ranks}.",
                s => s.Rows, (s, v) => s with { Rows = (int)v }, 1, LeaderboardSettings.MaxRowsLimit)
            .Switch("allTime", "All time", "Count every stream (kept across restarts). Off: this stream only, starting over with each new LIVE.",
                s => s.AllTime, (s, v) => s with { AllTime = v })
            .StreamEnd((s, v) => s with { HideWhenStreamEnds = v }, (s, v) => s with { StreamEndedText = v })
            .Look((s, look) => s with { Look = look })
            .Build();
}
