using System.Net;
using Microsoft.Extensions.Options;

namespace Overlay.Web.Security;

/// <summary>
/// Decides <see cref="RequestPeer"/> first thing. From a configured reverse proxy (Security:TrustedProxies) the
/// client is the last X-Forwarded-For entry, the one that proxy added, and X-Forwarded-Proto gives the scheme;
/// from anyone else a proxy header means "not this computer", whatever the socket says.
/// </summary>
public sealed class RequestPeerMiddleware(RequestDelegate next, IOptionsMonitor<SecurityOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Features.Set(Decide(context));
        return next(context);
    }

    private RequestPeer Decide(HttpContext context)
    {
        var socket = context.Connection.RemoteIpAddress;
        if (socket is null || !IsTrustedProxy(socket))
        {
            return RequestPeer.Untrusted(context);
        }
        var headers = context.Request.Headers;
        if (!IPAddress.TryParse(LastEntry(headers[ProxyHeaders.ForwardedFor]), out var client))
        {
            // The proxy did not say whom it forwards for: it may be anyone.
            return new RequestPeer(socket, IsThisComputer: false);
        }
        context.Connection.RemoteIpAddress = client;
        var scheme = LastEntry(headers[ProxyHeaders.ForwardedProto]);
        if (scheme is "https" or "http")
        {
            context.Request.Scheme = scheme;
        }
        return new RequestPeer(client, RequestPeer.IsLoopback(client));
    }

    private bool IsTrustedProxy(IPAddress socket)
    {
        var proxies = options.CurrentValue.TrustedProxies;
        if (proxies.Length == 0)
        {
            return false;
        }
        var address = HostNames.Address(socket);
        return proxies.Any(p => IPAddress.TryParse(p.Trim(), out var ip) && HostNames.Address(ip) == address);
    }

    private static string? LastEntry(Microsoft.Extensions.Primitives.StringValues values)
    {
        var last = values.LastOrDefault();
        if (string.IsNullOrEmpty(last))
        {
            return null;
        }
        var entry = last[(last.LastIndexOf(',') + 1)..].Trim();
        return entry.ToLowerInvariant();
    }
}
