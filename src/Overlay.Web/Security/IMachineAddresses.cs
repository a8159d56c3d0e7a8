using System.Net;

namespace Overlay.Web.Security;

/// <summary>This computer's own host names and IP addresses, which LAN devices (OBS on a second PC) use to reach it.</summary>
public interface IMachineAddresses
{
    IReadOnlyCollection<string> HostNames { get; }

    IReadOnlyCollection<IPAddress> Addresses { get; }
}
