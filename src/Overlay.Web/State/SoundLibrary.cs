namespace Overlay.Web.State;

/// <summary>The alert sounds a streamer can pick: audio files directly in the top-level wwwroot/sounds folder.</summary>
public sealed class SoundLibrary(string webRootPath)
{
    public const string Folder = "sounds";

    private static readonly string[] Extensions = [".wav", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".webm", ".flac"];

    private readonly MediaFolder _files = new(webRootPath, Folder, Extensions);

    /// <summary>File names, sorted; empty when the folder does not exist.</summary>
    public IReadOnlyList<string> List() => _files.List();

    /// <summary>The file's URL when <paramref name="name"/> is one of <see cref="List"/>, else null.</summary>
    public string? UrlFor(string? name) => _files.UrlFor(name);

    /// <summary>Null when <paramref name="name"/> could be a file in the folder (a plain audio file name), else why not.</summary>
    public static string? CheckName(string? name, string label) =>
        name is not null && MediaFolder.IsPlainName(name, Extensions)
            ? null
            : $"{label} must be the name of an audio file ({string.Join(", ", Extensions)}) in wwwroot/{Folder}, got '{name}'.";
}
