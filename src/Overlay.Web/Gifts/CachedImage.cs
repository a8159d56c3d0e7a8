namespace Overlay.Web.Gifts;

/// <summary>A picture in the cache folder, ready to serve.</summary>
public sealed record CachedImage(string Key, string Path, string ContentType, long Bytes);
