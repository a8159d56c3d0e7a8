using Overlay.Web.Security;
using Overlay.Widgets.Shared;

namespace Overlay.Web.Gifts;

/// <summary>
/// <c>GET /gift-images/{key}</c>: the cached picture, or the placeholder when it cannot be had. Public like the
/// widget pages (OBS on a second PC loads it), under the media folders' policy: an image, never a document.
/// </summary>
public static class GiftImageEndpoint
{
    /// <summary>Response header saying which was served: "cache" or "placeholder" (for tests and curious streamers).</summary>
    public const string SourceHeader = "X-Gift-Image";

    public static WebApplication MapGiftImages(this WebApplication app)
    {
        app.MapGet(LocalImage.Prefix + "{key}", async (string key, GiftImageCache cache, HttpContext context) =>
        {
            if (!LocalImage.IsKey(key))
            {
                return Results.NotFound();
            }
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy.ForMedia;
            var image = await cache.GetAsync(key, context.RequestAborted);
            if (image is null)
            {
                // Not cached by the browser: once the picture can be had, the next alert shows it.
                headers.CacheControl = "no-cache";
                headers[SourceHeader] = "placeholder";
                return Results.Bytes(GiftImageCache.Placeholder, "image/png");
            }
            // The key is the address's hash: the same key is the same picture for as long as TikTok keeps it.
            headers.CacheControl = "public, max-age=86400";
            headers[SourceHeader] = "cache";
            return Results.File(image.Path, image.ContentType);
        }).ExcludeFromDescription();
        return app;
    }
}
