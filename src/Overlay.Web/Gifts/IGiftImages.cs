namespace Overlay.Web.Gifts;

/// <summary>
/// Turns a gift picture's CDN address into the app's own copy (<c>/gift-images/{key}</c>), which widgets render
/// instead; the download starts in the background the first time. Null when the address cannot be used.
/// </summary>
public interface IGiftImages
{
    string? LocalUrl(string? pictureUrl);

    /// <summary>The local picture of the catalogue gift with this name (case-insensitive), if the catalogue knows one.</summary>
    string? ForGiftName(string giftName);
}
