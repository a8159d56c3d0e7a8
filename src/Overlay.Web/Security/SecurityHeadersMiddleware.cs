using Overlay.Web.Components;

namespace Overlay.Web.Security;

/// <summary>
/// Headers on every response: no content sniffing, no referrer (a widget URL is nobody's business, least of all
/// a CDN's), no framing by other sites, and the page's Content-Security-Policy. The media folders replace the
/// policy with <see cref="ContentSecurityPolicy.ForMedia"/>.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        var widget = context.Request.Path.StartsWithSegments(WidgetRoutes.Prefix, StringComparison.OrdinalIgnoreCase);
        headers.XFrameOptions = widget ? "SAMEORIGIN" : "DENY";
        headers.ContentSecurityPolicy = widget
            ? ContentSecurityPolicy.ForWidget(context.Request.Host)
            : ContentSecurityPolicy.ForAdmin(context.Request.Host);
        return next(context);
    }
}
