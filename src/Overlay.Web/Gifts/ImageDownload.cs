namespace Overlay.Web.Gifts;

/// <summary>What one download brought: the picture's sniffed type and size, or why there is none.</summary>
public sealed record ImageDownload(string? ContentType, long Bytes, string Problem)
{
    public bool Ok => ContentType is not null;

    public static ImageDownload Failed(string problem) => new(null, 0, problem);
}
