using Overlay.Web.Settings;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Overlay.Widgets.Shared;

namespace Overlay.Web.Components.Pages.Widgets;

/// <summary>
/// Turns a <see cref="WidgetLook"/> into what the widget page emits: CSS custom properties for the widget's root
/// (each component's stylesheet reads them, with its own design as the fallback) and the custom CSS as a style
/// element. Values are checked again here, so a bad stored value is left out rather than emitted.
/// </summary>
public static class LookCss
{
    // Emoji fonts after the streamer's fonts, so emoji in names still get colour glyphs (as in WidgetHead).
    private const string EmojiFallback = "\"Noto Color Emoji\", \"Apple Color Emoji\", \"Segoe UI Emoji\", \"Segoe UI Symbol\", sans-serif";

    private static readonly HashSet<string> GenericFamilies = new(StringComparer.OrdinalIgnoreCase)
    {
        "serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-serif", "ui-sans-serif",
        "ui-monospace", "ui-rounded", "emoji", "math", "fangsong",
    };

    /// <summary>The custom properties for the widget root's style attribute; null when the look sets none.</summary>
    public static string? Variables(WidgetLook? look)
    {
        if (look is null)
        {
            return null;
        }
        var css = new StringBuilder();
        AddColor(css, "--overlay-text", look.TextColor);
        AddColor(css, "--overlay-accent", look.AccentColor);
        AddColor(css, "--overlay-bg", look.BackgroundColor);
        if (!string.IsNullOrWhiteSpace(look.FontFamily) && WidgetLookRules.CheckFontFamily(look.FontFamily, "") is null)
        {
            css.Append("--overlay-font: ").Append(FontStack(look.FontFamily)).Append("; ");
        }
        if (look.FontSize > 0 && WidgetLookRules.CheckFontSize(look.FontSize, "") is null)
        {
            css.Append("--overlay-font-size: ").Append(look.FontSize.ToString("0.##", CultureInfo.InvariantCulture)).Append("px; ");
        }
        return css.Length == 0 ? null : css.ToString().TrimEnd();
    }

    /// <summary>
    /// The custom CSS as a whole &lt;style&gt; element, or null. Emitted as markup because Blazor would HTML-encode
    /// text inside &lt;style&gt; while prerendering, which breaks selectors such as <c>a &gt; b</c>. Every "&lt;"
    /// becomes the CSS escape <c>\3c </c>: the same character inside a CSS string, invalid (so ignored) anywhere
    /// else, and never the start of "&lt;/style", so the CSS cannot close its element and add markup.
    /// </summary>
    public static MarkupString? StyleElement(WidgetLook? look)
    {
        var css = look?.CustomCss;
        if (string.IsNullOrWhiteSpace(css) || WidgetLookRules.CheckCustomCss(css, "") is not null)
        {
            return null;
        }
        return new MarkupString("<style data-overlay-custom-css>\n" + css.Replace("<", "\\3c ", StringComparison.Ordinal) + "\n</style>");
    }

    private static void AddColor(StringBuilder css, string property, string? value)
    {
        if (!string.IsNullOrEmpty(value) && CssColor.IsValid(value))
        {
            css.Append(property).Append(": ").Append(value.Trim()).Append("; ");
        }
    }

    private static string FontStack(string families)
    {
        var names = families.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(n => GenericFamilies.Contains(n) ? n.ToLowerInvariant() : $"\"{n}\"");
        return string.Join(", ", names) + ", " + EmojiFallback;
    }
}
