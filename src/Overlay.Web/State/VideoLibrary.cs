namespace Overlay.Web.State;

/// <summary>Alert videos a streamer can pick: files directly in the top-level wwwroot/videos folder.</summary>
public sealed class VideoLibrary(string webRootPath)
{
    public const string Folder = "videos";

    // WebM (VP8/VP9, with alpha for see-through effects) and MP4 (H.264) are what OBS's browser source plays.
    private static readonly string[] Extensions = [".webm", ".mp4"];

    private readonly MediaFolder _files = new(webRootPath, Folder, Extensions);

    /// <summary>File names, sorted; empty when the folder does not exist.</summary>
    public IReadOnlyList<string> List() => _files.List();

    /// <summary>The file's URL when <paramref name="name"/> is one of <see cref="List"/>, else null.</summary>
    public string? UrlFor(string? name) => _files.UrlFor(name);

    /// <summary>Null when <paramref name="name"/> is empty (no video) or a plain video file name, else why not.</summary>
    public static string? CheckName(string? name, string label) =>
        string.IsNullOrEmpty(name) || MediaFolder.IsPlainName(name, Extensions)
            ? null
            : $"{label} must be empty or the name of a video file ({string.Join(", ", Extensions)}) in wwwroot/{Folder}, got '{name}'.";
}
