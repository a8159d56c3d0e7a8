using System.Text.RegularExpressions;

namespace Overlay.Web.Media;

/// <summary>
/// Files a streamer picks by name from one folder of the top-level wwwroot, served as static files at
/// /{folder}/{name}. Only names found in that folder are ever turned into a URL, so a stored or typed name can
/// never point anywhere else. The sound, image and video libraries are this with their folder and file types.
/// </summary>
public abstract partial class MediaFolder(string webRootPath, string folder, IReadOnlyList<string> extensions)
{
    /// <summary>File names, sorted; empty when the folder does not exist or cannot be read.</summary>
    public IReadOnlyList<string> List()
    {
        var dir = Path.Combine(webRootPath, folder);
        if (!Directory.Exists(dir))
        {
            return [];
        }
        try
        {
            return [.. Directory.EnumerateFiles(dir).Select(Path.GetFileName).OfType<string>()
                .Where(n => IsPlainName(n, extensions)).Order(StringComparer.OrdinalIgnoreCase)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>
    /// The file's URL when <paramref name="name"/> is a plain name of this folder's types and the file is there, else
    /// null. Checks the one file rather than listing the folder: this runs for every alert.
    /// </summary>
    public string? UrlFor(string? name) =>
        !string.IsNullOrEmpty(name) && IsPlainName(name, extensions) && File.Exists(Path.Combine(webRootPath, folder, name))
            ? $"/{folder}/{Uri.EscapeDataString(name)}"
            : null;

    /// <summary>
    /// Null when <paramref name="name"/> is fine for a setting, else a message naming <paramref name="label"/>: a plain
    /// file name with one of <paramref name="extensions"/>, or (when <paramref name="optional"/>) empty for none.
    /// </summary>
    protected static string? Check(
        string? name, string label, bool optional, string kind, string folder, IReadOnlyList<string> extensions) =>
        (optional && string.IsNullOrEmpty(name)) || (name is not null && IsPlainName(name, extensions))
            ? null
            : $"{label} must be {(optional ? "empty or " : "")}the name of {kind} ({string.Join(", ", extensions)}) in wwwroot/{folder}, got '{name}'.";

    /// <summary>A plain file name (no path, no "..") with one of <paramref name="extensions"/>.</summary>
    public static bool IsPlainName(string name, IReadOnlyList<string> extensions) =>
        SafeName().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal)
            && extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 ._\-]{0,99}$")]
    private static partial Regex SafeName();
}
