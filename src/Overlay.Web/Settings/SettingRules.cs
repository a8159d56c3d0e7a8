using Overlay.Web.Media;
using Overlay.Widgets.Shared;

namespace Overlay.Web.Settings;

/// <summary>
/// The ranges and checks several widget kinds share (volume, cooldowns, alert text, colours, the stream-end
/// message), each written once. A kind's own rules live in its descriptor in Widgets/Kinds/. Messages are ones a
/// streamer can act on, prefixed with the setting's config key.
/// </summary>
public static class SettingRules
{
    public static IntRange Volume { get; } = new(0, 100);

    public static IntRange CooldownSeconds { get; } = new(0, 86_400);

    public static DecimalRange DisplaySeconds { get; } = new(0.5, 600);

    public static void CheckTemplate(List<string> problems, string? template, int maxLength, string at)
    {
        if (template is null || template.Length > maxLength)
        {
            problems.Add($"{at} must be text of at most {maxLength} characters.");
        }
    }

    public static void AddIf(List<string> problems, string? problem)
    {
        if (problem is not null)
        {
            problems.Add(problem);
        }
    }

    public static void CheckAccent(List<string> problems, string? color, string at)
    {
        if (color is null || (color.Length > 0 && !CssColor.IsValid(color)))
        {
            problems.Add($"{at} must be empty or {CssColor.Hint}, got '{color}'.");
        }
    }

    public static void CheckVolume(List<string> problems, int volume, string at)
    {
        if (!Volume.Contains(volume))
        {
            problems.Add($"{at} must be between {Volume.Min} and {Volume.Max}, got {volume}.");
        }
    }

    public static void CheckCooldown(List<string> problems, int seconds, string at)
    {
        if (!CooldownSeconds.Contains(seconds))
        {
            problems.Add($"{at} must be between {CooldownSeconds.Min} and {CooldownSeconds.Max} seconds, got {seconds}.");
        }
    }

    public static void CheckSound(List<string> problems, string? name, string at) => AddIf(problems, SoundLibrary.CheckName(name, at));

    public static void CheckImage(List<string> problems, string? name, string at) => AddIf(problems, ImageLibrary.CheckName(name, at));

    public static void CheckVideo(List<string> problems, string? name, string at) => AddIf(problems, VideoLibrary.CheckName(name, at));

    /// <summary>For any settings that opt into <see cref="IHasStreamEnd"/>.</summary>
    public static IEnumerable<string> ValidateStreamEnd(IHasStreamEnd s, string prefix)
    {
        if (s.StreamEndedText is null || s.StreamEndedText.Length > StreamEndView.MaxMessageLength)
        {
            yield return $"{prefix}:StreamEndedText must be at most {StreamEndView.MaxMessageLength} characters, got {s.StreamEndedText?.Length ?? 0}.";
        }
    }
}
