using System.Text.RegularExpressions;

namespace Overlay.Web.State;

/// <summary>
/// Files a streamer picks by name from one folder of the top-level wwwroot, served as static files at
/// /{folder}/{name}. Only names found in that folder are ever turned into a URL, so a stored or typed name can
/// never point anywhere else.
/// </summary>
public sealed partial class MediaFolder(string webRootPath, string folder, IReadOnlyList<string> extensions)
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

    /// <summary>The file's URL when <paramref name="name"/> is one of <see cref="List"/>, else null.</summary>
    public string? UrlFor(string? name) =>
        !string.IsNullOrEmpty(name) && List().Contains(name, StringComparer.OrdinalIgnoreCase) ? $"/{folder}/{Uri.EscapeDataString(name)}" : null;

    /// <summary>A plain file name (no path, no "..") with one of <paramref name="extensions"/>.</summary>
    public static bool IsPlainName(string name, IReadOnlyList<string> extensions) =>
        SafeName().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal)
            && extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 ._\-]{0,99}$")]
    private static partial Regex SafeName();
}
