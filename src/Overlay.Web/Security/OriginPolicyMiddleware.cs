using Overlay.Web.Diagnostics;

namespace Overlay.Web.Security;

/// <summary>
/// Browsers let any page open a WebSocket to any address, and send their own origin with it; nothing else stops
/// a page on another site (or another port of localhost) from reading the event API or driving a circuit. So a
/// WebSocket upgrade or a Blazor circuit request whose Origin is not this app's own is refused with 403.
/// Requests without an Origin (OBS's own fetches, tools, curl) pass: only browsers send one, and they always do
/// on WebSockets.
/// </summary>
public sealed partial class OriginPolicyMiddleware(RequestDelegate next, RefusalLog refusals, ILogger<OriginPolicyMiddleware> logger)
{
    public const string Message = "Refused: this connection came from a page of another site.";

    public Task InvokeAsync(HttpContext context)
    {
        if (!Guards(context) || IsOwnOrigin(context.Request))
        {
            return next(context);
        }
        var origin = context.Request.Headers.Origin.ToString();
        if (refusals.Count(RefusalReason.ForeignOrigin, origin))
        {
            LogRefused(logger, HostFilterMiddleware.SafeText(origin), context.Request.Path.Value ?? "");
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(Message, context.RequestAborted);
    }

    private static bool Guards(HttpContext context) =>
        context.WebSockets.IsWebSocketRequest || context.Request.Path.StartsWithSegments("/_blazor");

    /// <summary>No Origin, or exactly the scheme, host and port this request was sent to.</summary>
    public static bool IsOwnOrigin(HttpRequest request)
    {
        var value = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var origin) || origin.AbsolutePath != "/" || !request.Host.HasValue)
        {
            return false;
        }
        var port = request.Host.Port ?? (request.IsHttps ? 443 : 80);
        return string.Equals(origin.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && HostNames.Normalize(origin.Host) is { } host && host == HostNames.Normalize(request.Host.Host)
            && origin.Port == port;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a connection to {Path} from a page on {Origin}: not this app's own origin")]
    private static partial void LogRefused(ILogger logger, string origin, string path);
}
