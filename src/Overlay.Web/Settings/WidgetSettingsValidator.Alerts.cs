using Overlay.Web.Media;
using Overlay.Widgets.GiftAlert;

namespace Overlay.Web.Settings;

/// <summary>The alert box's types and gift variations.</summary>
public static partial class WidgetSettingsValidator
{
    public const int MaxCooldownSeconds = 86_400;

    private static IEnumerable<string> ValidateAlertTypes(GiftAlertSettings s, string prefix)
    {
        var problems = new List<string>();
        CheckTemplate(problems, s.GiftTemplate, $"{prefix}:GiftTemplate");
        AddIf(problems, ImageLibrary.CheckName(s.GiftImageFile, $"{prefix}:GiftImageFile"));
        AddIf(problems, VideoLibrary.CheckName(s.GiftVideoFile, $"{prefix}:GiftVideoFile"));
        CheckAccent(problems, s.GiftAccentColor, $"{prefix}:GiftAccentColor");
        CheckCooldown(problems, s.GiftSoundCooldownSeconds, $"{prefix}:GiftSoundCooldownSeconds");
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
            CheckTemplate(problems, type.Template, $"{at}:Template");
            CheckVolume(problems, type.SoundVolume, $"{at}:SoundVolume");
            AddIf(problems, SoundLibrary.CheckName(type.SoundFile, $"{at}:SoundFile"));
            AddIf(problems, ImageLibrary.CheckName(type.ImageFile, $"{at}:ImageFile"));
            AddIf(problems, VideoLibrary.CheckName(type.VideoFile, $"{at}:VideoFile"));
            CheckAccent(problems, type.AccentColor, $"{at}:AccentColor");
            CheckCooldown(problems, type.ViewerCooldownSeconds, $"{at}:ViewerCooldownSeconds");
            CheckCooldown(problems, type.SoundCooldownSeconds, $"{at}:SoundCooldownSeconds");
        }
        if (s.Variations is null)
        {
            problems.Add($"{prefix}:Variations is missing (use an empty list for none).");
            return problems;
        }
        if (s.Variations.Count > GiftAlertSettings.MaxVariations)
        {
            problems.Add($"{prefix}:Variations may hold at most {GiftAlertSettings.MaxVariations} rules, got {s.Variations.Count}.");
        }
        for (var i = 0; i < s.Variations.Count; i++)
        {
            var rule = s.Variations[i];
            var at = $"{prefix}:Variations:{i}";
            if (rule is null)
            {
                problems.Add($"{at} is empty.");
                continue;
            }
            if (rule.Name.Length > 40)
            {
                problems.Add($"{at}:Name must be at most 40 characters.");
            }
            if (rule.MinDiamonds < 0)
            {
                problems.Add($"{at}:MinDiamonds must be 0 or more, got {rule.MinDiamonds}.");
            }
            if (rule.GiftName.Length > 100)
            {
                problems.Add($"{at}:GiftName must be at most 100 characters.");
            }
            CheckTemplate(problems, rule.Template, $"{at}:Template");
            if (rule.SoundFile.Length > 0) // Empty keeps the gift's sound.
            {
                AddIf(problems, SoundLibrary.CheckName(rule.SoundFile, $"{at}:SoundFile"));
            }
            CheckVolume(problems, rule.SoundVolume, $"{at}:SoundVolume");
            if (rule.DisplaySeconds != 0 && !(rule.DisplaySeconds >= MinDisplaySeconds && rule.DisplaySeconds <= MaxDisplaySeconds))
            {
                problems.Add($"{at}:DisplaySeconds must be 0 (the default) or between {MinDisplaySeconds} and {MaxDisplaySeconds}, got {rule.DisplaySeconds}.");
            }
            CheckAccent(problems, rule.AccentColor, $"{at}:AccentColor");
            AddIf(problems, ImageLibrary.CheckName(rule.ImageFile, $"{at}:ImageFile"));
            AddIf(problems, VideoLibrary.CheckName(rule.VideoFile, $"{at}:VideoFile"));
        }
        return problems;
    }

    private static void CheckTemplate(List<string> problems, string? template, string at)
    {
        if (template is null || template.Length > GiftAlertSettings.MaxTemplateLength)
        {
            problems.Add($"{at} must be text of at most {GiftAlertSettings.MaxTemplateLength} characters.");
        }
    }

    private static void AddIf(List<string> problems, string? problem)
    {
        if (problem is not null)
        {
            problems.Add(problem);
        }
    }

    private static void CheckAccent(List<string> problems, string? color, string at)
    {
        if (color is null || (color.Length > 0 && !CssColor.IsValid(color)))
        {
            problems.Add($"{at} must be empty or {CssColor.Hint}, got '{color}'.");
        }
    }

    private static void CheckVolume(List<string> problems, int volume, string at)
    {
        if (volume is < 0 or > 100)
        {
            problems.Add($"{at} must be between 0 and 100, got {volume}.");
        }
    }

    private static void CheckCooldown(List<string> problems, int seconds, string at)
    {
        if (seconds is < 0 or > MaxCooldownSeconds)
        {
            problems.Add($"{at} must be between 0 and {MaxCooldownSeconds} seconds, got {seconds}.");
        }
    }
}
