using Overlay.Widgets.Captions;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;
using Overlay.Widgets.PkBattle;
using Overlay.Widgets.Tts;

namespace Overlay.Web.Widgets;

/// <summary>
/// The <c>Widgets</c> config section: settings of the default instance of each widget kind. The settings records
/// live in Overlay.Widgets so the admin forms and the components share them.
/// </summary>
public sealed class WidgetOptions
{
    public const string SectionName = "Widgets";

    public GiftAlertSettings GiftAlert { get; set; } = new();

    public ChatTickerSettings ChatTicker { get; set; } = new();

    public LikeGoalSettings LikeGoal { get; set; } = new();

    public PkBattleSettings PkBattle { get; set; } = new();

    public CaptionsSettings Captions { get; set; } = new();

    public TtsSettings Tts { get; set; } = new();
}
