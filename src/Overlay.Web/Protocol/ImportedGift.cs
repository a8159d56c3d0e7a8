namespace Overlay.Web.Protocol;

/// <summary>One gift of the provider's list: id and name always, the value and picture when the list has them.</summary>
public sealed record ImportedGift(string Id, string Name, int? Diamonds, string? PictureUrl);
