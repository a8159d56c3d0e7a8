namespace Overlay.Web.State;

/// <summary>Turns the sound and image names in alert settings into URLs, only for files that exist.</summary>
public sealed class AlertMedia(SoundLibrary sounds, ImageLibrary images)
{
    public string? SoundUrl(string? name) => string.IsNullOrEmpty(name) ? null : sounds.UrlFor(name);

    public string? ImageUrl(string? name) => images.UrlFor(name);
}
