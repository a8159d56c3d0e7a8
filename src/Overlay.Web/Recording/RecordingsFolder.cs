using Microsoft.Extensions.Options;
using Overlay.Web.Storage;

namespace Overlay.Web.Recording;

/// <summary>Where recordings live (next to the settings file, never in the repository) and which ones exist.</summary>
public sealed class RecordingsFolder(IOptionsMonitor<RecordingOptions> options, IOptionsMonitor<StorageOptions> storage)
{
    public const string Extension = ".jsonl";

    public string Path
    {
        get
        {
            var configured = options.CurrentValue.RecordingsFolder;
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return System.IO.Path.GetFullPath(configured);
            }
            var store = storage.CurrentValue.ResolvedPath;
            var baseDir = store.Length > 0 ? System.IO.Path.GetDirectoryName(store) ?? "" : "";
            return System.IO.Path.Combine(baseDir.Length > 0 ? baseDir : AppContext.BaseDirectory, "recordings");
        }
    }

    /// <summary>The recordings, newest first.</summary>
    public IReadOnlyList<FileInfo> List()
    {
        var dir = new DirectoryInfo(Path);
        return dir.Exists
            ? [.. dir.EnumerateFiles("*" + Extension).OrderByDescending(f => f.LastWriteTimeUtc)]
            : [];
    }

    /// <summary>A full path as given, else a name (or relative path) inside the recordings folder.</summary>
    public string Resolve(string file) =>
        System.IO.Path.IsPathRooted(file) ? file : System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, file));
}
