namespace Overlay.Web.Security;

/// <summary>
/// The <c>Security</c> config section: which host names the app answers to, which reverse proxy (if any) it
/// trusts, and the limits that keep one client on the network from exhausting the app.
/// </summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// Extra host names (or IP addresses) the app answers to, besides localhost, 127.0.0.1, [::1] and, when it
    /// listens beyond loopback, this computer's own names and addresses. E.g. <c>overlay.lan</c> or a name a
    /// reverse proxy forwards. No ports, no wildcards.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>
    /// IP addresses of a reverse proxy in front of the app. Only requests from these peers have their
    /// X-Forwarded-For / X-Forwarded-Proto honoured; from anyone else a proxy header makes a request "not this
    /// computer". Empty (the default): no proxy is trusted.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>Open Blazor circuits (widget pages and admin tabs) one remote address may hold.</summary>
    public int MaxCircuitsPerAddress { get; set; } = 50;

    /// <summary>Open Blazor circuits in all.</summary>
    public int MaxCircuits { get; set; } = 300;

    /// <summary>Clients connected to the local event API (/api/events) at once.</summary>
    public int MaxEventApiClients { get; set; } = 32;

    /// <summary>How often the event API pings a client; one that answers no ping within the idle timeout is dropped.</summary>
    public int EventApiPingSeconds { get; set; } = 15;

    /// <summary>An event API client whose pong does not arrive within this time is disconnected.</summary>
    public int EventApiIdleTimeoutSeconds { get; set; } = 60;
}
