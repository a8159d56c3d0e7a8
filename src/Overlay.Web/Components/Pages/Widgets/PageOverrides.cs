using Overlay.Web.Settings;
using System.Globalization;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.LikeGoal;
using Overlay.Widgets.Shared;

namespace Overlay.Web.Components.Pages.Widgets;

/// <summary>
/// Options a widget page takes from its URL query, so one instance can be reused with small differences
/// (<c>?rows=10&amp;accent=%23ff0000</c>). They change this page only, never the stored instance. Each value is
/// checked with the admin's rules; a bad one is ignored without a word, since the page is on stream.
/// </summary>
public sealed record PageOverrides
{
    public static PageOverrides None { get; } = new();

    public string? TextColor { get; init; }
    public string? AccentColor { get; init; }
    public string? BackgroundColor { get; init; }
    public string? FontFamily { get; init; }
    public double? FontSize { get; init; }

    /// <summary>Chat ticker: rows shown (1–200); the page shows fewer, never more than the instance keeps.</summary>
    public int? Rows { get; init; }

    /// <summary>Chat ticker: also hide "!" commands on this page.</summary>
    public bool HideCommands { get; init; }

    /// <summary>Goal: how it is drawn.</summary>
    public GoalStyle? GoalStyle { get; init; }

    /// <param name="query">The raw query values by name; names are matched without regard to case by the caller.</param>
    public static PageOverrides Parse(Func<string, string?> query)
    {
        var text = query("text");
        var accent = query("accent");
        var bg = query("bg");
        var font = query("font")?.Trim();
        return new PageOverrides
        {
            TextColor = Color(text),
            AccentColor = Color(accent),
            BackgroundColor = Color(bg),
            FontFamily = !string.IsNullOrEmpty(font) && WidgetLookRules.CheckFontFamily(font, "") is null ? font : null,
            FontSize = double.TryParse(query("size"), NumberStyles.Float, CultureInfo.InvariantCulture, out var size)
                && size > 0 && WidgetLookRules.CheckFontSize(size, "") is null ? size : null,
            Rows = int.TryParse(query("rows"), NumberStyles.None, CultureInfo.InvariantCulture, out var rows)
                && rows is >= 1 and <= ChatTickerSettings.MaxRowsLimit ? rows : null,
            HideCommands = query("hideCommands") is "1" or "true",
            GoalStyle = Enum.TryParse<GoalStyle>(query("style"), ignoreCase: true, out var style)
                && Enum.IsDefined(style) && !int.TryParse(query("style"), out _) ? style : null,
        };
    }

    /// <summary>The instance's look with this page's values on top; null stays null when the page sets nothing.</summary>
    public WidgetLook? Apply(WidgetLook? look)
    {
        if (TextColor is null && AccentColor is null && BackgroundColor is null && FontFamily is null && FontSize is null)
        {
            return look;
        }
        var baseLook = look ?? new WidgetLook();
        return baseLook with
        {
            TextColor = TextColor ?? baseLook.TextColor,
            AccentColor = AccentColor ?? baseLook.AccentColor,
            BackgroundColor = BackgroundColor ?? baseLook.BackgroundColor,
            FontFamily = FontFamily ?? baseLook.FontFamily,
            FontSize = FontSize ?? baseLook.FontSize,
        };
    }

    private static string? Color(string? value) => !string.IsNullOrWhiteSpace(value) && CssColor.IsValid(value) ? value.Trim() : null;
}
