using System.Text.RegularExpressions;
using Overlay.Widgets.Shared;

namespace Overlay.Web.Settings;

/// <summary>
/// What a <see cref="WidgetLook"/> may hold. Every value ends up in the widget page's CSS, so each is checked
/// against a narrow syntax here, once, for the admin form, the stored settings and the config section alike.
/// </summary>
public static partial class WidgetLookRules
{
    public const double MinFontSize = 8;
    public const double MaxFontSize = 300;
    public const int MaxFontFamilyLength = 120;
    public const int MaxCustomCssLength = 20_000;

    /// <summary>Null when <paramref name="value"/> (empty keeps the default) is a colour we accept, else the problem.</summary>
    public static string? CheckColor(string? value, string label) =>
        string.IsNullOrEmpty(value) || CssColor.IsValid(value) ? null : $"{label} must be {CssColor.Hint}, or empty for the default.";

    public static string? CheckFontFamily(string? value, string label) =>
        string.IsNullOrEmpty(value) ? null
        : value.Length > MaxFontFamilyLength ? $"{label} must be at most {MaxFontFamilyLength} characters."
        : FontFamilies().IsMatch(value) ? null
        : $"{label} takes font names separated by commas (letters, digits, spaces and - only), e.g. Comic Sans MS, cursive.";

    public static string? CheckFontSize(double value, string label) =>
        value == 0 || (value >= MinFontSize && value <= MaxFontSize) ? null
        : $"{label} must be 0 (the widget's own size, which follows the canvas) or between {MinFontSize} and {MaxFontSize} px.";

    public static string? CheckCustomCss(string? value, string label) =>
        (value?.Length ?? 0) > MaxCustomCssLength ? $"{label} must be at most {MaxCustomCssLength:N0} characters." : null;

    public static IEnumerable<string> Validate(WidgetLook? look, string prefix)
    {
        if (look is null)
        {
            yield break; // A stored row without a look gets the default look.
        }
        string?[] problems =
        [
            CheckColor(look.TextColor, $"{prefix}:Look:TextColor"),
            CheckColor(look.AccentColor, $"{prefix}:Look:AccentColor"),
            CheckColor(look.BackgroundColor, $"{prefix}:Look:BackgroundColor"),
            CheckFontFamily(look.FontFamily, $"{prefix}:Look:FontFamily"),
            CheckFontSize(look.FontSize, $"{prefix}:Look:FontSize"),
            CheckCustomCss(look.CustomCss, $"{prefix}:Look:CustomCss"),
        ];
        foreach (var problem in problems)
        {
            if (problem is not null)
            {
                yield return problem;
            }
        }
    }

    // Names only, no quotes: the page quotes each one itself, so no value can end the declaration early.
    [GeneratedRegex(@"^\s*[\p{L}\p{N}][\p{L}\p{N} \-]*(?:,\s*[\p{L}\p{N}][\p{L}\p{N} \-]*)*\s*$")]
    private static partial Regex FontFamilies();
}
