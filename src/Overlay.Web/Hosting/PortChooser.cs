using System.Net;
using System.Net.Sockets;

namespace Overlay.Web.Hosting;

/// <summary>
/// Picks the port to listen on before Kestrel tries it. A streamer who starts the app twice, or runs another tool
/// on 5080, gets one line saying so and the next free port, instead of Kestrel's stack trace.
/// </summary>
public static class PortChooser
{
    /// <summary>How many ports after the configured one are tried.</summary>
    public const int Tries = 10;

    /// <summary>
    /// The URLs to listen on: <paramref name="configured"/> itself when its ports are free (or it names no fixed
    /// port), else the same URLs on the first port after it that is free on every address they use.
    /// </summary>
    public static PortChoice Choose(string configured, Func<IPAddress, int, bool> isFree)
    {
        var urls = configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parsed = urls.Select(Parse).ToList();
        if (parsed.Count == 0 || parsed.Any(p => p is null))
        {
            return new PortChoice(configured, null, null);
        }
        var port = parsed[0]!.Value.Port;
        if (port == 0 || parsed.Any(p => p!.Value.Port != port))
        {
            // Port 0 asks the system for one; several ports are a deliberate setup: leave both to Kestrel.
            return new PortChoice(configured, null, null);
        }
        var addresses = parsed.SelectMany(p => p!.Value.Addresses).Distinct().ToList();
        for (var candidate = port; candidate < port + Tries && candidate <= IPEndPoint.MaxPort; candidate++)
        {
            if (addresses.All(a => isFree(a, candidate)))
            {
                if (candidate == port)
                {
                    return new PortChoice(configured, null, null);
                }
                var moved = string.Join(';', urls.Select(u => WithPort(u, candidate)));
                return new PortChoice(moved,
                    $"Port {port} is in use (is the overlay already running?); this run uses port {candidate}. " +
                    $"OBS sources that point at port {port} will not update until it is free.", null);
            }
        }
        return new PortChoice(configured, null,
            $"Ports {port} to {port + Tries - 1} are all in use. Close the program using port {port} (or another copy of the overlay), " +
            $"or start with --urls http://localhost:<port>.");
    }

    /// <summary>True when a listener could bind <paramref name="address"/>:<paramref name="port"/> right now.</summary>
    public static bool IsFree(IPAddress address, int port)
    {
        try
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            // Windows lets a second socket share a port unless told not to; Kestrel would then fail or steal it.
            socket.ExclusiveAddressUse = OperatingSystem.IsWindows();
            socket.Bind(new IPEndPoint(address, port));
            socket.Listen();
            return true;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressFamilyNotSupported)
        {
            return true; // No IPv6 on this machine: Kestrel skips it too.
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static (int Port, IPAddress[] Addresses)? Parse(string url)
    {
        var normal = url.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(normal, UriKind.Absolute, out var uri) || uri.IsDefaultPort && !normal.Contains(":" + uri.Port, StringComparison.Ordinal))
        {
            return null;
        }
        IPAddress[] addresses = uri.Host switch
        {
            "localhost" => [IPAddress.Loopback, IPAddress.IPv6Loopback],
            "0.0.0.0" => [IPAddress.Any],
            "[::]" => [IPAddress.IPv6Any],
            _ when IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) => [ip],
            _ => [],
        };
        return addresses.Length == 0 ? null : (uri.Port, addresses);
    }

    private static string WithPort(string url, int port)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var pathStart = url.IndexOf('/', schemeEnd);
        var authority = pathStart < 0 ? url[schemeEnd..] : url[schemeEnd..pathStart];
        var colon = authority.LastIndexOf(':');
        var host = colon > authority.LastIndexOf(']') ? authority[..colon] : authority;
        return url[..schemeEnd] + host + ":" + port + (pathStart < 0 ? "" : url[pathStart..]);
    }
}

/// <summary>The URLs to use; <see cref="Notice"/> when they differ from the configured ones; <see cref="Problem"/> when none is free.</summary>
public sealed record PortChoice(string Urls, string? Notice, string? Problem);
