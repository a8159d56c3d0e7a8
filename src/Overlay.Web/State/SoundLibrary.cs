using System.Text.RegularExpressions;

namespace Overlay.Web.State;

/// <summary>
/// The alert sounds a streamer can pick: audio files directly in the top-level wwwroot/sounds folder, served as
/// static files at /sounds/{name}. Only names found in that folder are ever turned into a URL, so a stored or
/// typed name can never point anywhere else.
/// </summary>
public sealed partial class SoundLibrary(string webRootPath)
{
    public const string Folder = "sounds";

    private static readonly string[] Extensions = [".wav", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".webm", ".flac"];

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
        name is not null && List().Contains(name, StringComparer.OrdinalIgnoreCase) ? $"/{Folder}/{Uri.EscapeDataString(name)}" : null;

    /// <summary>Null when <paramref name="name"/> could be a file in the folder (a plain audio file name), else why not.</summary>
    public static string? CheckName(string? name, string label) =>
        name is not null && SafeName().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal)
            && Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase)
            ? null
            : $"{label} must be the name of an audio file ({string.Join(", ", Extensions)}) in wwwroot/{Folder}, got '{name}'.";

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 ._\-]{0,99}$")]
    private static partial Regex SafeName();
}
