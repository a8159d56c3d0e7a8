using Overlay.Web.Security;

namespace Overlay.Web.Tts.Audio;

public static class SpeechAudioEndpoint
{
    public const string Prefix = "/tts";

    /// <summary>Where the page fetches clip <paramref name="id"/>.</summary>
    public static string UrlFor(string id) => $"{Prefix}/{id}.wav";

    /// <summary>
    /// GET /tts/{id}.wav: a clip the cache made, as audio/wav with ranges (Chromium asks for them), public so OBS on
    /// another PC can play it. The id is a content hash, so the file never changes; anything else is 404. The media
    /// policy replaces the page policy: opened directly, the file can run nothing.
    /// </summary>
    public static WebApplication MapSpeechAudio(this WebApplication app)
    {
        app.MapGet(Prefix + "/{id}.wav", (string id, SpeechCache cache, HttpContext context) =>
        {
            if (cache.Find(id) is not { } clip)
            {
                return Results.NotFound();
            }
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy.ForMedia;
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.File(clip.Path, "audio/wav", enableRangeProcessing: true);
        });
        return app;
    }
}
