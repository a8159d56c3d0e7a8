using Overlay.Web.Widgets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Overlay.Web.Hosting;

/// <summary>Prints where the admin and each widget live once Kestrel has its addresses, for pasting into OBS.</summary>
public sealed partial class StartupBanner(
    IHostApplicationLifetime lifetime, IServer server, WidgetRegistry widgets, ILogger<StartupBanner> logger) : IHostedService
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
        var root = address.TrimEnd('/');
        LogAdmin(logger, root + "/admin");
        foreach (var widget in widgets.All)
        {
            LogWidget(logger, widget.Instance.Name, root + "/widgets/" + widget.Instance.Slug);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin page: {Url}")]
    private static partial void LogAdmin(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Widget {Name}: {Url}  (OBS: Browser source, 800x600 or 1920x1080)")]
    private static partial void LogWidget(ILogger logger, string name, string url);
}
