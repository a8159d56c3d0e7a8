using System.Net;

namespace Overlay.Web.Admin;

/// <summary>Which requests are public (widgets and their assets) and which callers count as "this computer".</summary>
public static class AdminAccessPolicy
{
    public const string LoginPath = "/admin/login";
    public const string LogoutPath = "/admin/logout";

    private static readonly string[] PublicPrefixes = ["/widgets", "/_framework/", "/_content/"];

    /// <summary>
    /// Widget pages, the framework script and static files (anything whose last segment has an extension, such as
    /// the styles bundle or a sound). The Blazor circuit endpoint is not public: it would let a remote client drive
    /// components, and OBS runs widget pages on the streamer's own machine.
    /// </summary>
    public static bool IsPublic(PathString path)
    {
        var value = path.Value ?? "";
        if (value.StartsWith("/_blazor", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        foreach (var prefix in PublicPrefixes)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (value.Length == prefix.Length || prefix.EndsWith('/') || value[prefix.Length] == '/'))
            {
                return true;
            }
        }
        var lastSegment = value[(value.LastIndexOf('/') + 1)..];
        return lastSegment.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>Answered on this computer only, whatever Admin:Password says (the local event API).</summary>
    public static bool IsLocalOnly(PathString path) => path.StartsWithSegments("/api/events", StringComparison.OrdinalIgnoreCase);

    /// <summary>The login form itself must be reachable by a remote browser that has no cookie yet.</summary>
    public static bool IsLogin(PathString path) =>
        path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase) || path.Equals(LogoutPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>127.0.0.0/8 and ::1, also when IPv4 arrives mapped into IPv6. No address (no socket) is not local.</summary>
    public static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
