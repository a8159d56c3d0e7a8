using System.Text.RegularExpressions;

namespace Overlay.Web.State;

/// <summary>
/// Alert images and GIFs a streamer can pick: files directly in the top-level wwwroot/images folder, served as
/// static files at /images/{name}. Like <see cref="SoundLibrary"/>, only names found in that folder ever become
/// a URL.
/// </summary>
public sealed partial class ImageLibrary(string webRootPath)
{
    public const string Folder = "images";

    private static readonly string[] Extensions = [".png", ".gif", ".webp", ".apng", ".jpg", ".jpeg", ".avif"];

    /// <summary>File names, sorted; empty when the folder does not exist.</summary>
    public IReadOnlyList<string> List()
    {
        var dir = Path.Combine(webRootPath, Folder);
        if (!Directory.Exists(dir))
        {
            return [];
        }
        try
        {
            return [.. Directory.EnumerateFiles(dir).Select(Path.GetFileName).OfType<string>()
                .Where(n => CheckName(n, "") is null).Order(StringComparer.OrdinalIgnoreCase)];
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>The file's URL when <paramref name="name"/> is one of <see cref="List"/>, else null.</summary>
    public string? UrlFor(string? name) =>
        !string.IsNullOrEmpty(name) && List().Contains(name, StringComparer.OrdinalIgnoreCase) ? $"/{Folder}/{Uri.EscapeDataString(name)}" : null;

    /// <summary>Null when <paramref name="name"/> is empty (no image) or a plain image file name, else why not.</summary>
    public static string? CheckName(string? name, string label) =>
        string.IsNullOrEmpty(name) || (SafeName().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal)
            && Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
            ? null
            : $"{label} must be empty or the name of an image file ({string.Join(", ", Extensions)}) in wwwroot/{Folder}, got '{name}'.";

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 ._\-]{0,99}$")]
    private static partial Regex SafeName();
}
