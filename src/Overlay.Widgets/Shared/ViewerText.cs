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
    public static string? SafeImageUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
}
