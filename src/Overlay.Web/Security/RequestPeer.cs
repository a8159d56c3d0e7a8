using System.Net;

namespace Overlay.Web.Security;

/// <summary>
/// Who sent a request, decided once per request by <see cref="RequestPeerMiddleware"/>: its address (the
/// client's, when a trusted reverse proxy forwarded it) and whether it is this computer. Everything that is
/// "this computer only" (the admin without a password, /healthz, the event API, replay) asks here.
/// </summary>
public sealed record RequestPeer(IPAddress? Address, bool IsThisComputer)
{
    /// <summary>The peer the middleware decided, or, where it did not run, the socket's peer with no proxy trusted.</summary>
    public static RequestPeer Of(HttpContext context) =>
        context.Features.Get<RequestPeer>() ?? Untrusted(context);

    /// <summary>A loopback socket is this computer only if no proxy header says it carries someone else's request.</summary>
    public static RequestPeer Untrusted(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        return new RequestPeer(address, IsLoopback(address) && !ProxyHeaders.AnyIn(context.Request.Headers));
    }

    /// <summary>127.0.0.0/8 and ::1, also when IPv4 arrives mapped into IPv6. No address (no socket) is not local.</summary>
    public static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
