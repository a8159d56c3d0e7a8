using Overlay.Web.Diagnostics;

namespace Overlay.Web.Security;

/// <summary>
/// Refuses a new circuit connection (negotiate, or the circuit's WebSocket) with 429 when its address or the app
/// is at the circuit limit, and keeps count of open circuit WebSockets. Pages already open keep their
/// connection and keep updating.
/// </summary>
public sealed partial class CircuitLimitMiddleware(
    RequestDelegate next, CircuitLimiter limiter, RefusalLog refusals, ILogger<CircuitLimitMiddleware> logger)
{
    public const string Message =
        "Too many overlay pages are open from this device. Close some browser sources or tabs and reload.";

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var negotiate = path.StartsWithSegments("/_blazor/negotiate");
        var socket = context.WebSockets.IsWebSocketRequest && path.StartsWithSegments("/_blazor");
        if (!negotiate && !socket)
        {
            await next(context);
            return;
        }
        var address = RequestPeer.Of(context).Address is { } ip ? HostNames.Address(ip) : "";
        if (limiter.IsFull(address))
        {
            if (refusals.Count(Diagnostics.RefusalReason.CircuitLimit, address))
            {
                LogRefused(logger, address);
            }
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(Message, context.RequestAborted);
            return;
        }
        if (!socket)
        {
            await next(context);
            return;
        }
        using (limiter.SocketOpened(address))
        {
            await next(context);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Refused a new widget or admin page from {Address}: it is at the circuit limit (Security:MaxCircuitsPerAddress / MaxCircuits)")]
    private static partial void LogRefused(ILogger logger, string address);
}
