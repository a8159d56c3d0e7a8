using System.Globalization;

namespace Overlay.Widgets.Shared;

/// <summary>Small helpers for showing untrusted viewer data. They return plain text or a vetted URL; Razor encodes both.</summary>
public static class ViewerText
{
    /// <summary>The first user-perceived character (an emoji or a letter with its marks), for an avatar fallback.</summary>
    public static string Initial(string? nickname)
    {
        var text = nickname?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return "?";
        }
        var first = text[..StringInfo.GetNextTextElementLength(text)];
        return first.ToUpperInvariant();
    }

    /// <summary>Only absolute http(s) URLs reach an img src; anything else (javascript:, data:, junk) shows the fallback.</summary>
    public static string? SafeImageUrl(string? url) => HttpUrl.Normalize(url);

    /// <summary>
    /// A CSS <c>url("…")</c> for a background layer, or null. A picture that fails to load as a background simply
    /// paints nothing, so whatever lies underneath (the initials) shows instead of a broken-image icon.
    /// </summary>
    public static string? CssImageUrl(string? url) =>
        SafeImageUrl(url) is { } safe
            // AbsoluteUri already escapes spaces, controls and '"'; escape what else could end the url("…") token.
            ? $"url(\"{safe.Replace("'", "%27").Replace("(", "%28").Replace(")", "%29").Replace("\\", "%5C").Replace("\"", "%22")}\")"
            : null;
}
