using Overlay.Web.Admin.Forms;
using Overlay.Web.Settings;
using Overlay.Widgets.GiftAlert;

namespace Overlay.Web.Widgets.Kinds;

/// <summary>The alert box's admin form: timing, gifts, each alert type, gift variations, look.</summary>
public sealed partial class GiftAlertKind
{
    internal const string VideoHelp = "A .webm or .mp4 in wwwroot/videos, played muted and looped while the alert shows. Empty: none.";

    internal const string TemplateHelp = "Plain text; {nickname}, {giftName}, {count}, {diamonds}, {fanDays} (days following you) and {level} (gifter level) are filled in; the last two are empty when TikTok does not send them.";

    private const string Gifts = "Gifts";

    internal override DefinitionBuilder<GiftAlertSettings> DefineForm(DefinitionBuilder<GiftAlertSettings> form) => form
        .Language((s, v) => s with { Language = v })
        .Decimal("displaySeconds", "Display time (seconds)", "How long one alert stays on screen.",
            s => s.DisplaySeconds, (s, v) => s with { DisplaySeconds = v }, SettingRules.DisplaySeconds)
        .Integer("maxQueue", "Alert queue length", "Alerts waiting behind the current one; past this the cheapest waiting alert is dropped.",
            s => s.MaxQueue, (s, v) => s with { MaxQueue = (int)v }, QueueRange)
        .Choice("animation", "Animation", "How each alert comes in and goes out.", s => s.Animation, (s, v) => s with { Animation = v },
            (AlertAnimation.Pop, "Pop"), (AlertAnimation.Slide, "Slide"), (AlertAnimation.Fade, "Fade"))
        .Switch("giftEnabled", "Gift alerts", "One alert per finished gift combo.", s => s.GiftEnabled, (s, v) => s with { GiftEnabled = v }, Gifts)
        .Integer("minDiamonds", "Minimum diamonds", "Combos worth less than this (diamonds × count) do not alert. 0 alerts every gift.",
            s => s.MinDiamonds, (s, v) => s with { MinDiamonds = (int)v }, MinDiamondsRange, Gifts)
        .Text("giftTemplate", "Text", $"{TemplateHelp} Empty shows the standard gift layout.",
            s => s.GiftTemplate, (s, v) => s with { GiftTemplate = v }, GiftAlertSettings.MaxTemplateLength, Gifts)
        .Switch("soundEnabled", "Play a sound", "Once as each gift alert appears (a variation may pick another file). Off silences every gift. OBS plays it; a normal browser tab may block it.",
            s => s.SoundEnabled, (s, v) => s with { SoundEnabled = v }, Gifts)
        .Sound("soundFile", "Sound file", "An audio file in the wwwroot/sounds folder next to appsettings.json.",
            s => s.SoundFile, (s, v) => s with { SoundFile = v }, Gifts)
        .Integer("soundVolume", "Volume", "The sound's volume in the browser source.",
            s => s.SoundVolume, (s, v) => s with { SoundVolume = (int)v }, SettingRules.Volume, Gifts)
        .Integer("giftSoundCooldownSeconds", "Sound cooldown (seconds)", "After a gift sound, the next gift alerts stay silent this long. 0: every alert plays.",
            s => s.GiftSoundCooldownSeconds, (s, v) => s with { GiftSoundCooldownSeconds = (int)v }, SettingRules.CooldownSeconds, Gifts)
        .Switch("showGiftImages", "Show gift images", $"The gift's own picture in each gift alert. {LikeGoalKind.GiftImagesHelp}",
            s => s.ShowGiftImages, (s, v) => s with { ShowGiftImages = v }, Gifts)
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
        .Look((s, look) => s with { Look = look });
}
