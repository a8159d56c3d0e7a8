namespace Overlay.Web.State;

/// <summary>Alert images and GIFs a streamer can pick: files directly in the top-level wwwroot/images folder.</summary>
public sealed class ImageLibrary(string webRootPath)
{
    public const string Folder = "images";

    private static readonly string[] Extensions = [".png", ".gif", ".webp", ".apng", ".jpg", ".jpeg", ".avif"];

    private readonly MediaFolder _files = new(webRootPath, Folder, Extensions);

    /// <summary>File names, sorted; empty when the folder does not exist.</summary>
    public IReadOnlyList<string> List() => _files.List();

    /// <summary>The file's URL when <paramref name="name"/> is one of <see cref="List"/>, else null.</summary>
    public string? UrlFor(string? name) => _files.UrlFor(name);

    /// <summary>Null when <paramref name="name"/> is empty (no image) or a plain image file name, else why not.</summary>
    public static string? CheckName(string? name, string label) =>
        string.IsNullOrEmpty(name) || MediaFolder.IsPlainName(name, Extensions)
            ? null
            : $"{label} must be empty or the name of an image file ({string.Join(", ", Extensions)}) in wwwroot/{Folder}, got '{name}'.";
}
