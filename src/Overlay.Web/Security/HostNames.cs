using System.Globalization;
using System.Net;

namespace Overlay.Web.Security;

/// <summary>Host names as compared by the host filter: lower case, no port, IPv6 without brackets, no trailing dot.</summary>
public static class HostNames
{
    private static readonly IdnMapping Idn = new();

    /// <summary>The comparable form of a configured name or a Host header's host part; null when it is neither.</summary>
    public static string? Normalize(string? host)
    {
        var value = host?.Trim().TrimEnd('.');
        if (string.IsNullOrEmpty(value) || value.Contains('*') || value.Contains('/') || value.Contains(' '))
        {
            return null;
        }
        if (value.StartsWith('[') && value.EndsWith(']'))
        {
            value = value[1..^1];
        }
        if (IPAddress.TryParse(value, out var ip))
        {
            return Address(ip);
        }
        if (value.Contains(':'))
        {
            return null;
        }
        try
        {
            return Idn.GetAscii(value).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>An address as the filter stores it: IPv4-mapped IPv6 as IPv4, no scope id.</summary>
    public static string Address(IPAddress ip)
    {
        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }
        if (ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && ip.ScopeId != 0)
        {
            ip = new IPAddress(ip.GetAddressBytes());
        }
        return ip.ToString().ToLowerInvariant();
    }
}
