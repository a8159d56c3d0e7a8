using System.Text;

namespace Overlay.Web.Widgets;

/// <summary>URL-safe, unique slugs from widget names: "Gift alert (big)" → "gift-alert-big", then "-2", "-3"…</summary>
public static class WidgetSlug
{
    public const int MaxLength = 40;

    public static string From(string name, Func<string, bool> taken)
    {
        var builder = new StringBuilder();
        // "Ünïcode" → "unicode": split letters from their accents, then keep the letters.
        foreach (var c in name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var stem = builder.ToString().Trim('-');
        stem = stem.Length == 0 ? "widget" : stem[..Math.Min(stem.Length, MaxLength)].TrimEnd('-');
        var slug = stem;
        for (var n = 2; taken(slug); n++)
        {
            slug = $"{stem}-{n}";
        }
        return slug;
    }
}
