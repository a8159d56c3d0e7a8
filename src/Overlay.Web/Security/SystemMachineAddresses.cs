using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Overlay.Web.Security;

/// <summary>
/// Reads the host name and the interfaces' addresses, at most once a minute: a laptop that moves to another
/// Wi-Fi gets a new address, and a widget URL typed with it must keep working without a restart.
/// </summary>
public sealed partial class SystemMachineAddresses(TimeProvider time, ILogger<SystemMachineAddresses> logger) : IMachineAddresses
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private (DateTimeOffset At, string[] Names, IPAddress[] Addresses)? _snapshot;

    public IReadOnlyCollection<string> HostNames => Current().Names;

    public IReadOnlyCollection<IPAddress> Addresses => Current().Addresses;

    private (DateTimeOffset At, string[] Names, IPAddress[] Addresses) Current()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_snapshot is not { } snapshot || now - snapshot.At >= Refresh)
            {
                _snapshot = snapshot = (now, ReadNames(), ReadAddresses());
            }
            return snapshot;
        }
    }

    private string[] ReadNames()
    {
        var names = new List<string>();
        try
        {
            var host = Dns.GetHostName();
            // Windows and macOS announce the machine on the LAN as NAME.local (mDNS).
            names.AddRange([host, host + ".local"]);
            var domain = IPGlobalProperties.GetIPGlobalProperties().DomainName;
            if (!string.IsNullOrEmpty(domain))
            {
                names.Add(host + "." + domain);
            }
        }
        catch (Exception ex) when (ex is SocketException or NetworkInformationException or PlatformNotSupportedException)
        {
            LogUnreadable(logger, ex.Message);
        }
        return [.. names.Select(Security.HostNames.Normalize).OfType<string>().Distinct()];
    }

    private IPAddress[] ReadAddresses()
    {
        try
        {
            return [.. NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up)
                .SelectMany(n => n.GetIPProperties().UnicastAddresses)
                .Select(a => a.Address)];
        }
        catch (Exception ex) when (ex is NetworkInformationException or PlatformNotSupportedException)
        {
            LogUnreadable(logger, ex.Message);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read this computer's network names ({Problem}); LAN devices must use a name from Security:AllowedHosts")]
    private static partial void LogUnreadable(ILogger logger, string problem);
}
