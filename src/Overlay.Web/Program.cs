using Overlay.Web;
using Overlay.Web.Hosting;

try
{
    var app = OverlayApp.Create(args);
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (StartupErrors.TryDescribe(ex, out var message))
{
    await Console.Error.WriteLineAsync(message);
    return 2;
}
