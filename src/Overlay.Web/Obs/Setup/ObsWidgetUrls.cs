using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Overlay.Web.Hosting;
using Overlay.Web.Security;
using Overlay.Web.Widgets;

namespace Overlay.Web.Obs.Setup;

/// <summary>
/// The URL OBS should load for a widget: this app's local root (as the startup banner prints it) plus the widget's
/// path. When OBS runs on another PC and the app listens on every interface, this PC's LAN address instead, since
/// "localhost" in that OBS would be the other PC.
/// </summary>
public sealed class ObsWidgetUrls(IServer server, IMachineAddresses machine)
{
    public string For(WidgetEntry widget, string obsHost) => Root(obsHost) + widget.Path;

    public string Root(string obsHost)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5000";
        var (root, everywhere) = StartupBanner.LocalRoot(address);
        if (!everywhere || IsThisComputer(obsHost))
        {
            return root;
        }
        var lan = machine.Addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        return lan is null ? root : $"{new Uri(root).Scheme}://{lan}:{new Uri(root).Port}";
    }

    private bool IsThisComputer(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || IPAddress.TryParse(host, out var ip) && (IPAddress.IsLoopback(ip) || machine.Addresses.Contains(ip))
        || machine.HostNames.Contains(host, StringComparer.OrdinalIgnoreCase);
}
