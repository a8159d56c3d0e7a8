using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace Overlay.Tests.Infrastructure;

/// <summary>An <see cref="IServer"/> that only says where it listens, for code that reads the addresses (no socket is opened).</summary>
public sealed class ListeningOnlyServer : IServer
{
    public ListeningOnlyServer(params string[] addresses)
    {
        var feature = new ServerAddressesFeature();
        foreach (var address in addresses)
        {
            feature.Addresses.Add(address);
        }
        Features.Set<IServerAddressesFeature>(feature);
    }

    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull =>
        Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}
