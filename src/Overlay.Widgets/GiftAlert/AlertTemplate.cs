using System.Globalization;

namespace Overlay.Widgets.GiftAlert;

/// <summary>
/// Splits a template into plain-text pieces: literal text and filled placeholders, each rendered by Razor as text
/// (so neither the streamer's template nor a viewer's nickname can ever become markup). Unknown placeholders stay
/// as typed.
/// </summary>
public static class AlertTemplate
{
    public static readonly string[] Placeholders = ["{nickname}", "{giftName}", "{count}", "{diamonds}", "{fanDays}", "{level}"];

    /// <param name="Class">"ph-nickname", "ph-gift", "ph-count", "ph-diamonds", "ph-fan-days", "ph-level" for a filled placeholder (not the gift layout's classes), "" for literal text.</param>
    public sealed record Piece(string Text, string Class);

    public static IReadOnlyList<Piece> Render(string template, AlertView alert)
    {
        var pieces = new List<Piece>();
        var i = 0;
        var literal = 0;
        while (i < template.Length)
        {
            var filled = template[i] == '{' ? Fill(template, i, alert) : null;
            if (filled is null)
            {
                i++;
                continue;
            }
            if (i > literal)
            {
                pieces.Add(new Piece(template[literal..i], ""));
            }
            pieces.Add(filled.Value.Piece);
            i += filled.Value.Length;
            literal = i;
        }
        if (literal < template.Length)
        {
            pieces.Add(new Piece(template[literal..], ""));
        }
        return pieces;
    }

    private static (Piece Piece, int Length)? Fill(string template, int at, AlertView alert)
    {
        foreach (var p in Placeholders)
        {
            if (string.CompareOrdinal(template, at, p, 0, p.Length) == 0)
            {
                var piece = p switch
                {
                    "{nickname}" => new Piece(alert.Nickname, "ph-nickname"),
                    "{giftName}" => new Piece(alert.GiftName, "ph-gift"),
                    "{count}" => new Piece(alert.Count.ToString("N0", CultureInfo.InvariantCulture), "ph-count"),
                    // Empty when TikTok did not send it, so "Day {fanDays} fan" never shows a made-up number.
                    "{fanDays}" => new Piece(alert.FanDays?.ToString("N0", CultureInfo.InvariantCulture) ?? "", "ph-fan-days"),
                    "{level}" => new Piece(alert.Level?.ToString(CultureInfo.InvariantCulture) ?? "", "ph-level"),
                    _ => new Piece(alert.Diamonds.ToString("N0", CultureInfo.InvariantCulture), "ph-diamonds"),
                };
                return (piece, p.Length);
            }
        }
        return null;
    }
}
