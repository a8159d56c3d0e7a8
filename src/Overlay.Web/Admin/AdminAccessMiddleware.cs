using Microsoft.Extensions.Options;
using Overlay.Web.Security;

namespace Overlay.Web.Admin;

/// <summary>
/// Keeps the admin (and the Blazor circuit) to this computer. A request from another address gets 403, unless
/// <see cref="AdminOptions.Password"/> is set: then a signed-in cookie lets it through and a browser without one
/// is sent to the login form. "This computer" is <see cref="RequestPeer"/>'s: a loopback socket that carries no
/// proxy header (a tunnel agent on this PC forwards the internet from 127.0.0.1). Every request's user also
/// carries that peer (<see cref="AdminAuth.PeerIdentity"/>): a Blazor circuit keeps the
/// user of the connection that started it, which is how the admin component checks a circuit's peer.
/// </summary>
public sealed class AdminAccessMiddleware(RequestDelegate next, IOptionsMonitor<AdminOptions> options)
{
    public const string LocalOnlyMessage =
        "The overlay admin only answers on the computer it runs on. Open it there, or set Admin:Password to allow other devices after a login.";

    public Task InvokeAsync(HttpContext context)
    {
        var peer = RequestPeer.Of(context);
        context.User.AddIdentity(AdminAuth.PeerIdentity(peer));
        if (AdminAccessPolicy.IsPublic(context.Request.Path) || peer.IsThisComputer)
        {
            return next(context);
        }
        if (AdminAccessPolicy.IsLocalOnly(context.Request.Path))
        {
            return Refuse(context, StatusCodes.Status403Forbidden, EventApi.EventApiEndpoint.LocalOnlyMessage);
        }
        var password = options.CurrentValue.Password;
        if (string.IsNullOrEmpty(password))
        {
            return Refuse(context, StatusCodes.Status403Forbidden, LocalOnlyMessage);
        }
        if (AdminAccessPolicy.IsLogin(context.Request.Path) || AdminAuth.IsSignedIn(context.User, password))
        {
            return next(context);
        }
        if (HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/_blazor"))
        {
            var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect(AdminAccessPolicy.LoginPath + "?returnUrl=" + Uri.EscapeDataString(returnUrl));
            return Task.CompletedTask;
        }
        return Refuse(context, StatusCodes.Status401Unauthorized, "Sign in at " + AdminAccessPolicy.LoginPath + " first.");
    }

    private static Task Refuse(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message, context.RequestAborted);
    }
}
