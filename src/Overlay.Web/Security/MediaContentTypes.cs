using Microsoft.AspNetCore.StaticFiles;
using Overlay.Web.Media;

namespace Overlay.Web.Security;

/// <summary>
/// The content types the media folders (wwwroot/sounds, images, videos) are served with: exactly the file types
/// the app lets a streamer pick there, nothing else. A downloaded "alert pack" may hold an .html or .svg file;
/// served from the admin's origin it could run script with the admin's rights, so those are 404.
/// </summary>
public static class MediaContentTypes
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".wav"] = "audio/wav",
        [".mp3"] = "audio/mpeg",
        [".ogg"] = "audio/ogg",
        [".oga"] = "audio/ogg",
        [".opus"] = "audio/ogg",
        [".m4a"] = "audio/mp4",
        [".flac"] = "audio/flac",
        [".webm"] = "video/webm",
        [".mp4"] = "video/mp4",
        [".png"] = "image/png",
        [".apng"] = "image/apng",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".avif"] = "image/avif",
    };

    /// <summary>The media folders and the extensions each serves.</summary>
    public static readonly IReadOnlyList<(string Folder, IReadOnlyList<string> Extensions)> Folders =
    [
        (SoundLibrary.Folder, SoundLibrary.Extensions),
        (ImageLibrary.Folder, ImageLibrary.Extensions),
        (VideoLibrary.Folder, VideoLibrary.Extensions),
    ];

    /// <summary>A provider that knows only <paramref name="extensions"/>; static files serve nothing it does not know.</summary>
    public static IContentTypeProvider For(IReadOnlyList<string> extensions)
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings.Clear();
        foreach (var extension in extensions)
        {
            provider.Mappings[extension] = Types[extension];
        }
        return provider;
    }
}
