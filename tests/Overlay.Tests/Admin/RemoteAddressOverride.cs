using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Overlay.Tests.Admin;

/// <summary>
/// Makes a loopback test request look as if it came from another device: a request carrying
/// <see cref="Header"/> gets that peer address before the app's own middleware runs. Tests may only use
/// 127.0.0.1, so this is how the real pipeline sees a LAN client.
/// </summary>
public sealed class RemoteAddressOverride : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public static void Register(WebApplicationBuilder builder) => builder.Services.AddSingleton<IStartupFilter, RemoteAddressOverride>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }
            return nextMiddleware(context);
        });
        next(app);
    };
}
