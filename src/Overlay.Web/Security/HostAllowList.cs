using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Overlay.Web.Security;

/// <summary>
/// Which Host header values the app answers to. A web page whose own name was made to resolve to 127.0.0.1 (DNS
/// rebinding) still sends its own name as Host, so answering only to this computer's names keeps such a page
/// out of the admin, the circuits and the event API. Loopback names always; when the app listens beyond
/// loopback, also this computer's host names and addresses and any address it was bound to; plus
/// <see cref="SecurityOptions.AllowedHosts"/>.
/// </summary>
public sealed class HostAllowList(IServer server, IMachineAddresses machine, IOptionsMonitor<SecurityOptions> options)
{
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "::1"];
    private Listening? _listening;

    public bool Allows(HostString host)
    {
        if (!host.HasValue)
        {
            // Only an HTTP/1.0 client can leave Host out, and no browser does; there is no name to rebind.
            return true;
        }
        var name = HostNames.Normalize(host.Host);
        if (name is null)
        {
            return false;
        }
        if (LoopbackNames.Contains(name) || options.CurrentValue.AllowedHosts.Any(h => HostNames.Normalize(h) == name))
        {
            return true;
        }
        var listening = _listening ??= Listening.From(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
        if (!listening.BeyondLoopback)
        {
            return false;
        }
        return listening.BoundHosts.Contains(name)
            || machine.HostNames.Contains(name)
            || machine.Addresses.Any(a => HostNames.Address(a) == name);
    }

    /// <summary>What Kestrel listens on; read once, on the first request (the addresses are known by then).</summary>
    internal sealed record Listening(bool BeyondLoopback, IReadOnlySet<string> BoundHosts)
    {
        public static Listening From(IEnumerable<string> addresses)
        {
            var beyond = false;
            var bound = new HashSet<string>(StringComparer.Ordinal);
            foreach (var address in addresses)
            {
                var host = HostOf(address);
                if (host is "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)))
                {
                    continue;
                }
                beyond = true;
                if (HostNames.Normalize(host) is { } name && name is not "0.0.0.0" and not "::")
                {
                    bound.Add(name);
                }
            }
            return new Listening(beyond, bound);
        }

        private static string HostOf(string address)
        {
            var rest = address[(address.IndexOf("://", StringComparison.Ordinal) is var i and >= 0 ? i + 3 : 0)..];
            var end = rest.StartsWith('[') ? rest.IndexOf(']') + 1 : rest.IndexOfAny([':', '/']);
            return (end > 0 ? rest[..end] : rest).ToLowerInvariant();
        }
    }
}
