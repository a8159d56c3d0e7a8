using Overlay.Web.Storage;
using Overlay.Widgets.Shared;

namespace Overlay.Web.Gifts;

/// <summary>The cache folder on disk: made owner-only, scanned at start (a restart keeps every picture), the placeholder.</summary>
public sealed partial class GiftImageCache
{
    private bool Prepare()
    {
        try
        {
            OwnerOnly.CreateFolder(Path.GetDirectoryName(Folder) ?? ".");
            OwnerOnly.CreateFolder(Folder);
            var found = new List<(CachedImage Image, DateTime Written)>();
            foreach (var path in Directory.EnumerateFiles(Folder))
            {
                var name = Path.GetFileNameWithoutExtension(path);
                if (ImageSniffer.TypeOfExtension(Path.GetExtension(path)) is { } type && LocalImage.IsKey(name))
                {
                    found.Add((new CachedImage(name, path, type, new FileInfo(path).Length), File.GetLastWriteTimeUtc(path)));
                }
                else if (path.EndsWith(".part", StringComparison.Ordinal) || path.EndsWith(".download", StringComparison.Ordinal))
                {
                    TryDelete(path); // A download cut off by a crash.
                }
            }
            foreach (var (image, _) in found.OrderBy(f => f.Written))
            {
                _files[image.Key] = (image, ++_uses);
                _totalBytes += image.Bytes;
            }
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogUnusable(_logger, Folder, ex.Message);
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next start's scan.
        }
    }

    private static byte[] LoadPlaceholder()
    {
        using var stream = typeof(GiftImageCache).Assembly.GetManifestResourceStream("Overlay.Web.Gifts.placeholder-gift.png")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The gift picture folder {Folder} cannot be used ({Problem}); gifts show a placeholder")]
    private static partial void LogUnusable(ILogger logger, string folder, string problem);
}
