namespace Overlay.Web.Security;

/// <summary>
/// The Content-Security-Policy of the admin and of widget pages. Scripts come only from this app (so injected
/// markup could never run script); styles may be inline (the look's variables, custom CSS, MudBlazor);
/// images from anywhere over http(s) (TikTok's CDN avatars and emotes; gift pictures come from the app's own
/// cache at /gift-images, which is 'self'); sound and video only
/// from this app; sockets only to this app. Widget pages may also load web fonts and style sheets over https
/// for a streamer's custom CSS; the admin may not.
/// </summary>
public static class ContentSecurityPolicy
{
    public static string ForAdmin(HostString host) =>
        Build(host, webFonts: "", frames: "frame-src 'self'; frame-ancestors 'none'", forms: "'self'");

    // The admin's live preview frames widget pages; OBS opens them at top level.
    public static string ForWidget(HostString host) =>
        Build(host, webFonts: " https:", frames: "frame-ancestors 'self'", forms: "'none'");

    private static string Build(HostString host, string webFonts, string frames, string forms) => string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        $"style-src 'self' 'unsafe-inline'{webFonts}",
        "img-src 'self' data: blob: https: http:",
        "media-src 'self' blob:",
        $"font-src 'self' data:{webFonts}",
        Connect(host),
        frames,
        $"form-action {forms}",
        "base-uri 'self'",
        "object-src 'none'");

    /// <summary>For files from the media folders: never a document that can run anything, even if opened directly.</summary>
    public const string ForMedia = "default-src 'none'; media-src 'self'; img-src 'self'; sandbox";

    // Older WebKit does not count ws: as 'self'; the host was already checked by the host filter.
    private static string Connect(HostString host) =>
        host.HasValue ? $"connect-src 'self' ws://{host.Value} wss://{host.Value}" : "connect-src 'self'";
}
