namespace Overlay.Web.Storage;

/// <summary>One gift of the catalogue: what a gift frame said about it, and when it was first and last seen.</summary>
public sealed record CatalogGift(string GiftId, string Name, int Diamonds, string? PictureUrl, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);
