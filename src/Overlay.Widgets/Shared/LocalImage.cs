namespace Overlay.Widgets.Shared;

/// <summary>
/// The app's own copies of gift pictures, served at <c>/gift-images/{sha256}</c>. Widgets render gift pictures only
/// through this check, so a CDN address (which TikTok sees, and which a replay cannot reach) never reaches a page.
/// </summary>
public static class LocalImage
{
    public const string Prefix = "/gift-images/";

    /// <summary>The number of hex digits in a cache key (SHA-256).</summary>
    public const int KeyLength = 64;

    /// <summary>The path if it is one of the app's cached images, else null.</summary>
    public static string? Accept(string? path) =>
        path is not null && path.Length == Prefix.Length + KeyLength && path.StartsWith(Prefix, StringComparison.Ordinal) && IsKey(path.AsSpan(Prefix.Length))
            ? path
            : null;

    /// <summary>True for 64 lower-case hex digits.</summary>
    public static bool IsKey(ReadOnlySpan<char> key)
    {
        if (key.Length != KeyLength)
        {
            return false;
        }
        foreach (var c in key)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }
        return true;
    }
}
