using Overlay.Web.Widgets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using System.Net;
using System.Net.Sockets;
using Overlay.Web.Security;

namespace Overlay.Web.Hosting;

/// <summary>Prints where the admin and each widget live once Kestrel has its addresses, for pasting into OBS.</summary>
public sealed partial class StartupBanner(
    IHostApplicationLifetime lifetime, IServer server, WidgetRegistry widgets, IMachineAddresses machine, ILogger<StartupBanner> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return;
        }
        var (root, everywhere) = LocalRoot(address);
        var uri = new Uri(root);
        LogAdmin(logger, root + "/admin");
        foreach (var widget in widgets.All)
        {
            LogWidget(logger, widget.Instance.Name, root + "/widgets/" + widget.Instance.Slug);
        }
        var lan = machine.Addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (everywhere && lan is not null)
        {
            LogOtherDevices(logger, $"{uri.Scheme}://{lan}:{uri.Port}/widgets/…");
        }
    }

    /// <summary>
    /// The URL to print for this computer, and whether the app listens on every interface: "0.0.0.0" (or +, *,
    /// [::]) cannot be typed into OBS, so this computer is localhost and other devices get a LAN address.
    /// </summary>
    public static (string Root, bool Everywhere) LocalRoot(string address)
    {
        var uri = new Uri(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal));
        var everywhere = uri.Host is "0.0.0.0" or "[::]";
        return (everywhere ? $"{uri.Scheme}://localhost:{uri.Port}" : address.TrimEnd('/'), everywhere);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "On other devices (OBS on a second PC), use this computer's address: {Url}")]
    private static partial void LogOtherDevices(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin page: {Url}")]
    private static partial void LogAdmin(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Widget {Name}: {Url}  (OBS: Browser source, 800x600 or 1920x1080)")]
    private static partial void LogWidget(ILogger logger, string name, string url);
}
