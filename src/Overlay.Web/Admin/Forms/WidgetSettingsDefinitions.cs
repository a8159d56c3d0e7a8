using Overlay.Web.State;
using Overlay.Web.Storage;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;

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
            .Integer("minDiamonds", "Minimum diamonds", "Combos worth less than this (diamonds × count) do not alert. 0 alerts every gift.",
                s => s.MinDiamonds, (s, v) => s with { MinDiamonds = (int)v }, 0, int.MaxValue)
            .Integer("maxQueue", "Alert queue length", "Alerts waiting behind the current one; past this the cheapest waiting alert is dropped.",
                s => s.MaxQueue, (s, v) => s with { MaxQueue = (int)v }, 0, WidgetSettingsValidator.MaxAlertQueue)
            .Switch("soundEnabled", "Play a sound", "Once as each alert appears. OBS plays it; a normal browser tab may block it.",
                s => s.SoundEnabled, (s, v) => s with { SoundEnabled = v })
            .Sound("soundFile", "Sound file", "An audio file in the wwwroot/sounds folder next to appsettings.json.",
                s => s.SoundFile, (s, v) => s with { SoundFile = v })
            .Integer("soundVolume", "Volume", "The sound's volume in the browser source.",
                s => s.SoundVolume, (s, v) => s with { SoundVolume = (int)v }, 0, 100)
            .Look((s, look) => s with { Look = look })
            .Build();

    public static WidgetSettingsDefinition ChatTicker { get; } =
        new DefinitionBuilder<ChatTickerSettings>(WidgetKind.ChatTicker, "Chat ticker", StorageJsonContext.Default.ChatTickerSettings,
                s => WidgetSettingsValidator.Validate(s, "Chat ticker"))
            .Integer("maxRows", "Messages shown", "How many of the latest chat messages stay on screen.",
                s => s.MaxRows, (s, v) => s with { MaxRows = (int)v }, 1, ChatTickerSettings.MaxRowsLimit)
            .Look((s, look) => s with { Look = look })
            .Build();

    public static WidgetSettingsDefinition LikeGoal { get; } =
        new DefinitionBuilder<LikeGoalSettings>(WidgetKind.LikeGoal, "Like goal", StorageJsonContext.Default.LikeGoalSettings,
                s => WidgetSettingsValidator.Validate(s, "Like goal"))
            .Text("title", "Title", "Shown above the bar.", s => s.Title, (s, v) => s with { Title = v }, WidgetSettingsValidator.MaxTitleLength)
            .Integer("target", "Target (room likes)", "The first goal, counted on the room's like total.",
                s => s.Target, (s, v) => s with { Target = v }, 1, WidgetSettingsValidator.MaxLikeTarget)
            .Integer("step", "Step", "How much the target grows each time it is reached. 0 grows it by the first target again.",
                s => s.Step, (s, v) => s with { Step = v }, 0, WidgetSettingsValidator.MaxLikeTarget)
            .Look((s, look) => s with { Look = look })
            .Build();

    public static IReadOnlyList<WidgetSettingsDefinition> All { get; } = [GiftAlert, ChatTicker, LikeGoal];

    public static WidgetSettingsDefinition For(WidgetKind kind) => kind switch
    {
        WidgetKind.GiftAlert => GiftAlert,
        WidgetKind.ChatTicker => ChatTicker,
        WidgetKind.LikeGoal => LikeGoal,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown widget kind."),
    };
}
