using Overlay.Web.Settings;
using Overlay.Web.Widgets.Kinds;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Web.Admin.Forms;

/// <summary>The fields of one alert type (follow, share, subscribe, join), under the type's heading.</summary>
internal static class AlertTypeFields
{
    public static DefinitionBuilder<GiftAlertSettings> AlertType(this DefinitionBuilder<GiftAlertSettings> builder, string key, string heading,
        Func<GiftAlertSettings, AlertTypeSettings> get, Func<GiftAlertSettings, AlertTypeSettings, GiftAlertSettings> set)
    {
        AlertTypeSettings Of(GiftAlertSettings s) => get(s) ?? new AlertTypeSettings();
        return builder
            .Switch($"{key}.enabled", "Show", $"Alert for {heading.ToLowerInvariant()}.",
                s => Of(s).Enabled, (s, v) => set(s, Of(s) with { Enabled = v }), heading)
            .Text($"{key}.template", "Text", GiftAlertKind.TemplateHelp + (key == "subscribe" ? " {count} is the months." : ""),
                s => Of(s).Template, (s, v) => set(s, Of(s) with { Template = v }), GiftAlertSettings.MaxTemplateLength, heading, DefaultTemplate(key))
            .Integer($"{key}.viewerCooldownSeconds", "Same viewer at most every (seconds)", "A viewer's repeats within this time do not alert again. 0: every time.",
                s => Of(s).ViewerCooldownSeconds, (s, v) => set(s, Of(s) with { ViewerCooldownSeconds = (int)v }), SettingRules.CooldownSeconds, heading)
            .Switch($"{key}.soundEnabled", "Play a sound", "Once as the alert appears.",
                s => Of(s).SoundEnabled, (s, v) => set(s, Of(s) with { SoundEnabled = v }), heading)
            .Sound($"{key}.soundFile", "Sound file", "An audio file in wwwroot/sounds.",
                s => Of(s).SoundFile, (s, v) => set(s, Of(s) with { SoundFile = v }), heading)
            .Integer($"{key}.soundVolume", "Volume", "The sound's volume in the browser source.",
                s => Of(s).SoundVolume, (s, v) => set(s, Of(s) with { SoundVolume = (int)v }), SettingRules.Volume, heading)
            .Integer($"{key}.soundCooldownSeconds", "Sound cooldown (seconds)", "After this type's sound, its next alerts stay silent this long.",
                s => Of(s).SoundCooldownSeconds, (s, v) => set(s, Of(s) with { SoundCooldownSeconds = (int)v }), SettingRules.CooldownSeconds, heading)
            .Image($"{key}.imageFile", "Image or GIF", "A file in wwwroot/images. Empty: none.",
                s => Of(s).ImageFile, (s, v) => set(s, Of(s) with { ImageFile = v }), heading)
            .Video($"{key}.videoFile", "Video", GiftAlertKind.VideoHelp,
                s => Of(s).VideoFile, (s, v) => set(s, Of(s) with { VideoFile = v }), heading)
            .Color($"{key}.accentColor", "Accent colour", "This type's ring and highlights. Empty: the type's own colour.",
                s => Of(s).AccentColor, (s, v) => set(s, Of(s) with { AccentColor = v }), heading);
    }

    private static WidgetText DefaultTemplate(string key) => key switch
    {
        "follow" => WidgetText.FollowTemplate,
        "share" => WidgetText.ShareTemplate,
        "subscribe" => WidgetText.SubscribeTemplate,
        "join" => WidgetText.JoinTemplate,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not an alert type."),
    };
}
