namespace Overlay.Web.Media;

/// <summary>Alert images and GIFs a streamer can pick: files directly in the top-level wwwroot/images folder.</summary>
public sealed class ImageLibrary(string webRootPath) : MediaFolder(webRootPath, Folder, Extensions)
{
    public const string Folder = "images";

    public static readonly IReadOnlyList<string> Extensions = [".png", ".gif", ".webp", ".apng", ".jpg", ".jpeg", ".avif"];

    /// <summary>Null when <paramref name="name"/> is empty (none) or a plain file name of its type, else why not.</summary>
    public static string? CheckName(string? name, string label) => Check(name, label, optional: true, "an image file", Folder, Extensions);
}
