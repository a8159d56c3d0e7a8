using Overlay.Web.Diagnostics;

namespace Overlay.Web.Security;

/// <summary>Answers 400 to every request whose Host the <see cref="HostAllowList"/> does not accept, before anything else runs.</summary>
public sealed partial class HostFilterMiddleware(
    RequestDelegate next, HostAllowList hosts, RefusalLog refusals, ILogger<HostFilterMiddleware> logger)
{
    public const string Message =
        "This overlay only answers to this computer's own names (localhost, 127.0.0.1). To use another name, add it to Security:AllowedHosts.";

    public Task InvokeAsync(HttpContext context)
    {
        var host = context.Request.Host;
        if (hosts.Allows(host))
        {
            return next(context);
        }
        if (refusals.Count(RefusalReason.ForeignHost, host.Host))
        {
            LogRefused(logger, SafeText(host.Value));
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(Message, context.RequestAborted);
    }

    internal static string SafeText(string? value) =>
        new((value ?? "").Take(100).Select(c => char.IsControl(c) ? '?' : c).ToArray());

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Refused a request for host {Host}: not a name of this computer (a web page may be trying DNS rebinding). Add it to Security:AllowedHosts if it is yours.")]
    private static partial void LogRefused(ILogger logger, string host);
}
