using Overlay.Web.Gifts;
using Overlay.Widgets.Shared;

namespace Overlay.Tests.Infrastructure;

/// <summary>
/// Gift pictures without HTTP: each CDN address maps to a fixed local path, and what was asked for is kept, so a
/// state test can see that a widget got the local copy and never the CDN's address.
/// </summary>
public sealed class FakeGiftImages : IGiftImages
{
    private readonly Dictionary<string, string> _pictures = new(StringComparer.OrdinalIgnoreCase);

    public static string PathFor(char digit) => LocalImage.Prefix + new string(digit, LocalImage.KeyLength);

    /// <summary>The catalogue's picture for a gift name, for <see cref="ForGiftName"/>.</summary>
    public FakeGiftImages WithGift(string name, string path)
    {
        _pictures[name] = path;
        return this;
    }

    public string? LocalUrl(string? pictureUrl) =>
        pictureUrl is null || !pictureUrl.StartsWith("http", StringComparison.Ordinal) ? null : PathFor((char)('a' + Math.Abs(pictureUrl.GetHashCode()) % 6));

    public string? ForGiftName(string giftName) => _pictures.GetValueOrDefault(giftName);
}
