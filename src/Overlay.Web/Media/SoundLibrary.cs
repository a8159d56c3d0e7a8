namespace Overlay.Web.Media;

/// <summary>The alert sounds a streamer can pick: audio files directly in the top-level wwwroot/sounds folder.</summary>
public sealed class SoundLibrary(string webRootPath) : MediaFolder(webRootPath, Folder, Extensions)
{
    public const string Folder = "sounds";

    public static readonly IReadOnlyList<string> Extensions = [".wav", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".webm", ".flac"];

    /// <summary>Null when <paramref name="name"/> is a plain file name of its type, else why not.</summary>
    public static string? CheckName(string? name, string label) => Check(name, label, optional: false, "an audio file", Folder, Extensions);
}
