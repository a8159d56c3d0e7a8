using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Overlay.Web;

namespace Overlay.Tests.Infrastructure;

/// <summary>
/// The real app, in this process, listening on a loopback port with Kestrel. Settings go in as configuration
/// (the same keys a user sets), services can be swapped (e.g. a FakeTimeProvider).
/// </summary>
public sealed class RunningApp : IAsyncDisposable
{
    private RunningApp(WebApplication app, Uri baseUri, string contentRoot)
    {
        App = app;
        BaseUri = baseUri;
        ContentRoot = contentRoot;
    }

    public WebApplication App { get; }
    public Uri BaseUri { get; }
    public string ContentRoot { get; }
    public IServiceProvider Services => App.Services;

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>Starts the app. <paramref name="port"/> 0 picks a free port; a restart passes the old one.</summary>
    public static async Task<RunningApp> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null,
        int port = 0,
        string? contentRoot = null,
        CancellationToken cancellationToken = default)
    {
        contentRoot ??= TestContentRoot.Create();
        var app = OverlayApp.Create(
            ["--urls", $"http://127.0.0.1:{port}"],
            contentRoot,
            builder =>
            {
                // Never the user's real settings file: each app gets its own store in its throwaway content root.
                builder.Configuration.AddInMemoryCollection([new("Storage:Path", Path.Combine(contentRoot, "overlay.db"))]);
                if (settings is not null)
                {
                    builder.Configuration.AddInMemoryCollection(settings);
                }
                configure?.Invoke(builder);
            });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        return new RunningApp(app, new Uri(address.TrimEnd('/') + "/"), contentRoot);
    }

    public Uri Url(string relative) => new(BaseUri, relative.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await App.StopAsync(timeout.Token);
        }
        finally
        {
            await App.DisposeAsync();
        }
    }
}
