using Overlay.Web.Settings;
using Overlay.Widgets.GiftAlert;

namespace Overlay.Web.Widgets.Kinds;

/// <summary>The alert box's types (follow, share, subscribe, join) and gift variations.</summary>
public sealed partial class GiftAlertKind
{
    public const int MaxVariationNameLength = 40;
    public const int MaxVariationGiftNameLength = 100;

    private static void ValidateAlertTypes(List<string> problems, GiftAlertSettings s, string prefix)
    {
        const int template = GiftAlertSettings.MaxTemplateLength;
        SettingRules.CheckTemplate(problems, s.GiftTemplate, template, $"{prefix}:GiftTemplate");
        SettingRules.CheckImage(problems, s.GiftImageFile, $"{prefix}:GiftImageFile");
        SettingRules.CheckVideo(problems, s.GiftVideoFile, $"{prefix}:GiftVideoFile");
        SettingRules.CheckAccent(problems, s.GiftAccentColor, $"{prefix}:GiftAccentColor");
        SettingRules.CheckCooldown(problems, s.GiftSoundCooldownSeconds, $"{prefix}:GiftSoundCooldownSeconds");
        if (!Enum.IsDefined(s.Animation))
        {
            problems.Add($"{prefix}:Animation must be Pop, Slide or Fade, got '{s.Animation}'.");
        }
        foreach (var (kind, type) in new[] { ("Follow", s.Follow), ("Share", s.Share), ("Subscribe", s.Subscribe), ("Join", s.Join) })
        {
            var at = $"{prefix}:{kind}";
            if (type is null)
            {
                problems.Add($"{at} is missing.");
                continue;
            }
            SettingRules.CheckTemplate(problems, type.Template, template, $"{at}:Template");
            SettingRules.CheckVolume(problems, type.SoundVolume, $"{at}:SoundVolume");
            SettingRules.CheckSound(problems, type.SoundFile, $"{at}:SoundFile");
            SettingRules.CheckImage(problems, type.ImageFile, $"{at}:ImageFile");
            SettingRules.CheckVideo(problems, type.VideoFile, $"{at}:VideoFile");
            SettingRules.CheckAccent(problems, type.AccentColor, $"{at}:AccentColor");
            SettingRules.CheckCooldown(problems, type.ViewerCooldownSeconds, $"{at}:ViewerCooldownSeconds");
            SettingRules.CheckCooldown(problems, type.SoundCooldownSeconds, $"{at}:SoundCooldownSeconds");
        }
        if (s.Variations is null)
        {
            problems.Add($"{prefix}:Variations is missing (use an empty list for none).");
            return;
        }
        if (s.Variations.Count > GiftAlertSettings.MaxVariations)
        {
            problems.Add($"{prefix}:Variations may hold at most {GiftAlertSettings.MaxVariations} rules, got {s.Variations.Count}.");
        }
        for (var i = 0; i < s.Variations.Count; i++)
        {
            ValidateVariation(problems, s.Variations[i], $"{prefix}:Variations:{i}");
        }
    }

    private static void ValidateVariation(List<string> problems, GiftVariation? rule, string at)
    {
        if (rule is null)
        {
            problems.Add($"{at} is empty.");
            return;
        }
        if (rule.Name.Length > MaxVariationNameLength)
        {
            problems.Add($"{at}:Name must be at most {MaxVariationNameLength} characters.");
        }
        if (rule.MinDiamonds < 0) // A long: a rule may ask for more diamonds than one gift setting allows.
        {
            problems.Add($"{at}:MinDiamonds must be 0 or more, got {rule.MinDiamonds}.");
        }
        if (rule.GiftName.Length > MaxVariationGiftNameLength)
        {
            problems.Add($"{at}:GiftName must be at most {MaxVariationGiftNameLength} characters.");
        }
        SettingRules.CheckTemplate(problems, rule.Template, GiftAlertSettings.MaxTemplateLength, $"{at}:Template");
        if (rule.SoundFile.Length > 0) // Empty keeps the gift's sound.
        {
            SettingRules.CheckSound(problems, rule.SoundFile, $"{at}:SoundFile");
        }
        SettingRules.CheckVolume(problems, rule.SoundVolume, $"{at}:SoundVolume");
        var display = SettingRules.DisplaySeconds;
        if (rule.DisplaySeconds != 0 && !display.Contains(rule.DisplaySeconds))
        {
            problems.Add($"{at}:DisplaySeconds must be 0 (the default) or between {display.Min} and {display.Max}, got {rule.DisplaySeconds}.");
        }
        SettingRules.CheckAccent(problems, rule.AccentColor, $"{at}:AccentColor");
        SettingRules.CheckImage(problems, rule.ImageFile, $"{at}:ImageFile");
        SettingRules.CheckVideo(problems, rule.VideoFile, $"{at}:VideoFile");
    }
}
