namespace Overlay.Web.Media;

/// <summary>Turns the sound, image and video names in alert settings into URLs, only for files that exist.</summary>
public sealed class AlertMedia(SoundLibrary sounds, ImageLibrary images, VideoLibrary videos)
{
    public string? SoundUrl(string? name) => string.IsNullOrEmpty(name) ? null : sounds.UrlFor(name);

    public string? ImageUrl(string? name) => images.UrlFor(name);

    public string? VideoUrl(string? name) => videos.UrlFor(name);
}
