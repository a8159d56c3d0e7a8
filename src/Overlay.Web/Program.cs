using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Overlay.Web;
using Overlay.Web.Hosting;

var (hostArgs, openBrowser) = AdminBrowser.ReadArguments(args);
try
{
    var app = OverlayApp.Create(hostArgs);
    var choice = PortChooser.Choose(app.Configuration[WebHostDefaults.ServerUrlsKey] ?? "http://localhost:5000", PortChooser.IsFree);
    if (choice.Problem is not null)
    {
        await Console.Error.WriteLineAsync(choice.Problem);
        return 3;
    }
    if (choice.Notice is not null)
    {
        app.Logger.LogWarning("{Notice}", choice.Notice);
        app.Urls.Clear();
        foreach (var url in choice.Urls.Split(';'))
        {
            app.Urls.Add(url);
        }
    }
    await app.StartAsync();
    if (openBrowser && app.Configuration.GetValue("Hosting:OpenBrowser", true))
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is not null)
        {
            AdminBrowser.Open(StartupBanner.LocalRoot(address).Root + "/admin", app.Logger);
        }
    }
    await app.WaitForShutdownAsync();
    return 0;
}
catch (Exception ex) when (StartupErrors.TryDescribe(ex, out var message))
{
    await Console.Error.WriteLineAsync(message);
    return 2;
}
