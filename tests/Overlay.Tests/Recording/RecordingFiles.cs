using System.Text.Json;
using Overlay.Tests.Infrastructure;

namespace Overlay.Tests.Recording;

/// <summary>Writes and reads recordings in the documented line format, independently of the app's own code.</summary>
internal static class RecordingFiles
{
    /// <summary>Where the app keeps recordings by default: a "recordings" folder next to its settings file.</summary>
    public static string Folder(RunningApp app) => Path.Combine(app.ContentRoot, "recordings");

    /// <summary>Writes lines of (milliseconds, raw frame) into a new recording; raw strings are written as given.</summary>
    public static string Write(string folder, params (long T, string Frame)[] lines) =>
        WriteRaw(folder, [.. lines.Select(l => JsonSerializer.Serialize(new { t = l.T, frame = l.Frame }))]);

    public static string WriteRaw(string folder, params string[] lines)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"test-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    public static IReadOnlyList<(long T, string Frame)> Read(string path) =>
        [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l =>
        {
            using var doc = JsonDocument.Parse(l);
            return (doc.RootElement.GetProperty("t").GetInt64(), doc.RootElement.GetProperty("frame").GetString()!);
        })];
}
