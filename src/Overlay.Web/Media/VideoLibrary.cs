namespace Overlay.Web.Media;

/// <summary>Alert videos a streamer can pick: files directly in the top-level wwwroot/videos folder.</summary>
public sealed class VideoLibrary(string webRootPath) : MediaFolder(webRootPath, Folder, Extensions)
{
    public const string Folder = "videos";

    // WebM (VP8/VP9, with alpha for see-through effects) and MP4 (H.264) are what OBS's browser source plays.
    public static readonly IReadOnlyList<string> Extensions = [".webm", ".mp4"];

    /// <summary>Null when <paramref name="name"/> is empty (none) or a plain file name of its type, else why not.</summary>
    public static string? CheckName(string? name, string label) => Check(name, label, optional: true, "a video file", Folder, Extensions);
}
