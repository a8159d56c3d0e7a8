using System.Text.RegularExpressions;

namespace Overlay.Web.Upstream;

/// <summary>
/// Removes the key from any text before it reaches a log line, a status or an exception message (protocol.md §1:
/// the key travels in the query string, so every URL, and every error that quotes one, carries it).
/// </summary>
public static partial class UrlRedactor
{
    public const string Mask = "***";

    /// <summary>
    /// Replaces the values of apiKey/jwtKey query parameters, anything shaped like a tik.tools key, and each of
    /// <paramref name="secrets"/> (as typed and URL-encoded) with <see cref="Mask"/>.
    /// </summary>
    public static string Redact(string? text, params IEnumerable<string?> secrets)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var result = KeyParameter().Replace(text, "${name}" + Mask);
        result = KeyShape().Replace(result, "tk_" + Mask);
        foreach (var secret in secrets)
        {
            if (string.IsNullOrWhiteSpace(secret))
            {
                continue;
            }
            result = result.Replace(secret, Mask, StringComparison.Ordinal);
            var encoded = Uri.EscapeDataString(secret);
            if (encoded != secret)
            {
                result = result.Replace(encoded, Mask, StringComparison.OrdinalIgnoreCase);
            }
        }
        return result;
    }

    // The value ends at the next parameter, fragment, quote or whitespace (URLs inside exception messages are quoted).
    [GeneratedRegex(@"(?<name>(?:api|jwt)[_-]?key=)[^&#\s'""<>]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyParameter();

    // §1: keys look like tk_…; catches a key quoted outside a query string.
    [GeneratedRegex(@"\btk_[A-Za-z0-9_\-]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex KeyShape();
}
