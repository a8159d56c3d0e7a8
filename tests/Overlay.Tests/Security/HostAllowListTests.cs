using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Overlay.Web.Security;

namespace Overlay.Tests.Security;

/// <summary>Which names are accepted, by what the app listens on (a unit: tests may not listen beyond loopback).</summary>
public sealed class HostAllowListTests
{
    private static readonly FixedMachine Machine = new(["streampc", "streampc.local"], [IPAddress.Parse("192.168.1.5"), IPAddress.Parse("fe80::1")]);

    [Theory]
    [InlineData("streampc:5080")]
    [InlineData("STREAMPC.local:5080")]
    [InlineData("192.168.1.5:5080")]
    [InlineData("[fe80::1]:5080")]
    [InlineData("localhost:5080")]
    public void Listening_on_all_interfaces_accepts_this_computers_names_and_addresses(string host)
    {
        var hosts = Create("http://0.0.0.0:5080");

        Assert.True(hosts.Allows(new HostString(host)));
    }

    [Theory]
    [InlineData("evil.example:5080")]
    [InlineData("192.168.1.6:5080")]
    [InlineData("streampc.evil.example")]
    [InlineData("*")]
    [InlineData("")]
    public void Listening_on_all_interfaces_still_refuses_other_names(string host)
    {
        var hosts = Create("http://[::]:5080");

        Assert.Equal(host == "", hosts.Allows(host == "" ? default : new HostString(host)));
    }

    [Theory]
    [InlineData("streampc:5080")]
    [InlineData("192.168.1.5:5080")]
    public void Listening_on_loopback_only_refuses_the_lan_names(string host)
    {
        var hosts = Create("http://127.0.0.1:5080", "http://localhost:5081");

        Assert.False(hosts.Allows(new HostString(host)));
    }

    [Fact]
    public void An_address_the_app_is_bound_to_is_accepted()
    {
        var hosts = Create("http://10.0.0.7:5080");

        Assert.True(hosts.Allows(new HostString("10.0.0.7:5080")));
        Assert.True(hosts.Allows(new HostString("streampc")));
    }

    [Theory]
    [InlineData("  Overlay.LAN. ", "overlay.lan")]
    [InlineData("[::1]", "::1")]
    [InlineData("::FFFF:127.0.0.1", "127.0.0.1")]
    [InlineData("bücher.example", "xn--bcher-kva.example")]
    [InlineData("*.example", null)]
    [InlineData("http://x", null)]
    [InlineData("a:b", null)]
    [InlineData("", null)]
    public void Names_are_compared_in_one_form(string name, string? expected)
    {
        Assert.Equal(expected, HostNames.Normalize(name));
    }

    private static HostAllowList Create(params string[] addresses)
    {
        var server = new FakeServer();
        var feature = new ServerAddressesFeature();
        foreach (var address in addresses)
        {
            feature.Addresses.Add(address);
        }
        server.Features.Set<IServerAddressesFeature>(feature);
        return new HostAllowList(server, Machine, new StaticMonitor<SecurityOptions>(new SecurityOptions()));
    }

    private sealed record FixedMachine(IReadOnlyCollection<string> HostNames, IReadOnlyCollection<IPAddress> Addresses) : IMachineAddresses;

    private sealed class FakeServer : IServer
    {
        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull =>
            Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
