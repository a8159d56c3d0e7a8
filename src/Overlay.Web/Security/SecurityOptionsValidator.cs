using System.Net;
using Microsoft.Extensions.Options;

namespace Overlay.Web.Security;

/// <summary>Checks the Security section at start, with messages a streamer can act on.</summary>
public sealed class SecurityOptionsValidator : IValidateOptions<SecurityOptions>
{
    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        var problems = new List<string>();
        foreach (var host in options.AllowedHosts)
        {
            if (HostNames.Normalize(host) is null)
            {
                problems.Add($"Security:AllowedHosts has '{host}', which is not a host name or IP address (write it without scheme, port or wildcard, e.g. overlay.lan).");
            }
        }
        foreach (var proxy in options.TrustedProxies)
        {
            if (!IPAddress.TryParse(proxy.Trim(), out _))
            {
                problems.Add($"Security:TrustedProxies has '{proxy}', which is not an IP address (e.g. 127.0.0.1 for a proxy on this computer).");
            }
        }
        Range(problems, "MaxCircuitsPerAddress", options.MaxCircuitsPerAddress, 1, 10_000);
        Range(problems, "MaxCircuits", options.MaxCircuits, 1, 100_000);
        Range(problems, "MaxEventApiClients", options.MaxEventApiClients, 1, 10_000);
        Range(problems, "EventApiPingSeconds", options.EventApiPingSeconds, 1, 3600);
        Range(problems, "EventApiIdleTimeoutSeconds", options.EventApiIdleTimeoutSeconds, 1, 86_400);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Range(List<string> problems, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            problems.Add($"Security:{key} is {value}; use a number from {min} to {max}.");
        }
    }
}
