using Overlay.Web.Media;
using Overlay.Web.Settings;
using Overlay.Web.Events;
using Overlay.Web.Gifts;
using Overlay.Widgets.GiftAlert;

namespace Overlay.Web.Widgets;

/// <summary>
/// Turns one event into the alert the settings ask for, or null when its type is off or the event does not alert
/// (pending combos, backlog, below the minimum). Pure: cooldowns and the queue are <see cref="GiftAlertState"/>'s.
/// </summary>
public static class AlertComposer
{
    public static AlertView? Compose(OverlayEvent evt, GiftAlertSettings settings, long id, AlertMedia? media, IGiftImages? images = null)
    {
        if (evt.IsBacklog)
        {
            return null; // protocol.md §6: backlog may count, never alert or sound.
        }
        return evt switch
        {
            GiftComboEvent { Phase: ComboPhase.Finished } combo when settings.GiftEnabled && combo.Diamonds >= settings.MinDiamonds =>
                Gift(combo, settings, id, media, images),
            FollowEvent e => Other(AlertKind.Follow, e.User, 1, settings, id, media),
            ShareEvent e => Other(AlertKind.Share, e.User, 1, settings, id, media),
            SubscribeEvent e => Other(AlertKind.Subscribe, e.User, Math.Max(1, e.SubMonth), settings, id, media),
            MemberEvent e => Other(AlertKind.Join, e.User, 1, settings, id, media),
            _ => null,
        };
    }

    /// <summary>The first rule that matches the combo, else null (the defaults apply).</summary>
    public static GiftVariation? Match(IReadOnlyList<GiftVariation>? rules, string giftName, long diamonds) =>
        rules?.FirstOrDefault(r => r.Matches(giftName, diamonds));

    private static AlertView Gift(GiftComboEvent combo, GiftAlertSettings s, long id, AlertMedia? media, IGiftImages? images)
    {
        // The page gets the app's cached copy, never TikTok's address (see Gifts/GiftImageCache).
        var picture = s.ShowGiftImages ? images?.LocalUrl(combo.PictureUrl) : null;
        var alert = new AlertView(id, combo.User.DisplayName, combo.User.AvatarUrl, combo.GiftName, picture, combo.Count, combo.Diamonds);
        var rule = Match(s.Variations, combo.GiftName, combo.Diamonds);
        var template = NonEmpty(rule?.Template) ?? NonEmpty(s.GiftTemplate);
        // The gift switch silences every gift, variations included: one switch a streamer can trust mid-stream.
        var sound = !s.SoundEnabled ? null
            : NonEmpty(rule?.SoundFile) is { } ruleSound ? Sound(media, ruleSound, rule!.SoundVolume)
            : Sound(media, s.SoundFile, s.SoundVolume);
        return alert with
        {
            FanDays = combo.FanDays,
            Level = LevelOf(combo.User),
            Template = template,
            Sound = sound,
            ImageUrl = media?.ImageUrl(NonEmpty(rule?.ImageFile) ?? NonEmpty(s.GiftImageFile)),
            VideoUrl = media?.VideoUrl(NonEmpty(rule?.VideoFile) ?? NonEmpty(s.GiftVideoFile)),
            AccentColor = Accent(rule?.AccentColor) ?? Accent(s.GiftAccentColor),
            DisplayMilliseconds = rule is { DisplaySeconds: > 0 } ? (int)(rule.DisplaySeconds * 1000) : 0,
            Variation = rule is null ? null : NonEmpty(rule.Name) ?? "rule",
        };
    }

    private static AlertView? Other(AlertKind kind, ViewerUser user, int count, GiftAlertSettings s, long id, AlertMedia? media)
    {
        var type = s.For(kind);
        if (!type.Enabled)
        {
            return null;
        }
        return new AlertView(id, user.DisplayName, user.AvatarUrl, "", null, count, 0)
        {
            Kind = kind,
            Level = LevelOf(user),
            Template = NonEmpty(type.Template) ?? DefaultTemplate(kind),
            Sound = type.SoundEnabled ? Sound(media, type.SoundFile, type.SoundVolume) : null,
            ImageUrl = media?.ImageUrl(NonEmpty(type.ImageFile)),
            VideoUrl = media?.VideoUrl(NonEmpty(type.VideoFile)),
            AccentColor = Accent(type.AccentColor),
        };
    }

    // ViewerUser keeps 0 for "not sent" (§3 defaults); a template shows nothing then.
    private static int? LevelOf(ViewerUser user) => user.Level > 0 ? user.Level : null;

    public static string DefaultTemplate(AlertKind kind) => kind switch
    {
        AlertKind.Follow => "{nickname} followed!",
        AlertKind.Share => "{nickname} shared the LIVE!",
        AlertKind.Subscribe => "{nickname} subscribed!",
        AlertKind.Join => "{nickname} joined",
        _ => "{nickname} sent {giftName} ×{count}",
    };

    private static AlertSound? Sound(AlertMedia? media, string file, int volume) =>
        media?.SoundUrl(file) is { } url ? new AlertSound(url, Math.Clamp(volume, 0, 100) / 100.0) : null;

    /// <summary>A checked colour, trimmed, for the alert's inline --accent; null keeps the stylesheet's.</summary>
    private static string? Accent(string? color) => CssColor.IsValid(color) ? color!.Trim() : null;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
