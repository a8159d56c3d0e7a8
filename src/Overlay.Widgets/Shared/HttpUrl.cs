namespace Overlay.Widgets.Shared;

/// <summary>
/// The one check for "an absolute http(s) URL we may put in a page" (protocol.md §9, URLs): the parser applies it
/// to every URL from the wire, and the components again to whatever view they are given (a preview or a test may
/// build its own). Here, in the library both projects share, so it is written once.
/// </summary>
public static class HttpUrl
{
    public const int MaxLength = 2048;

    /// <summary>The URL, normalised, if it is an absolute http(s) URL with a host; else null (javascript:, data:, junk).</summary>
    public static string? Normalize(string? text)
    {
        if (text is null || text.Length is 0 or > MaxLength
            || !(text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                 || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
               && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
               && uri.Host.Length > 0
            ? uri.AbsoluteUri
            : null;
    }
}
