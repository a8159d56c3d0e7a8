using System.Text.Json.Nodes;
using Overlay.Web.Media;

namespace Overlay.Web.Backup;

/// <summary>
/// The names of the sound, image and video files the widgets can use. The files themselves stay out of the
/// backup (they can be large and are the streamer's own); import says which ones this computer lacks.
/// </summary>
public sealed class MediaBackupSection(SoundLibrary sounds, ImageLibrary images, VideoLibrary videos) : IBackupSection
{
    public string Name => "media";

    public JsonNode Export(IDictionary<string, string> secrets) => new JsonObject
    {
        [SoundLibrary.Folder] = Names(sounds),
        [ImageLibrary.Folder] = Names(images),
        [VideoLibrary.Folder] = Names(videos),
    };

    public BackupSectionPlan Plan(JsonNode? node, IReadOnlyDictionary<string, string> secrets)
    {
        if (node is not JsonObject)
        {
            throw new BackupFormatException("\"media\" must be an object.");
        }
        var missing = new List<string>();
        foreach (var (folder, library) in new (string, MediaFolder)[] { (SoundLibrary.Folder, sounds), (ImageLibrary.Folder, images), (VideoLibrary.Folder, videos) })
        {
            var here = library.List().ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (node[folder] is JsonArray names)
            {
                missing.AddRange(names.Take(1000)
                    .Select(n => n is JsonValue v && v.TryGetValue<string>(out var name) ? name : null)
                    .Where(n => n is not null && MediaFolder.IsPlainName(n, [Path.GetExtension(n)]) && !here.Contains(n))
                    .Select(n => $"{folder}/{n}"));
            }
        }
        IReadOnlyList<string> warnings = missing.Count == 0 ? [] :
            [$"These media files are not on this computer; copy them into the app's wwwroot folder: {string.Join(", ", missing.Take(20))}" +
             (missing.Count > 20 ? $" and {missing.Count - 20} more." : ".")];
        return new BackupSectionPlan("Media", [], warnings, () => { });
    }

    private static JsonArray Names(MediaFolder library) => new([.. library.List().Select(n => (JsonNode)n)]);
}
