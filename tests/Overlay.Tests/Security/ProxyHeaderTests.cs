using Overlay.Tests.Admin;
using Overlay.Tests.Infrastructure;

namespace Overlay.Tests.Security;

/// <summary>
/// A tunnel agent on this PC (ngrok and the like) connects from 127.0.0.1 and adds proxy headers: such a request
/// is not "this computer". A reverse proxy is trusted only when configured.
/// </summary>
public sealed class ProxyHeaderTests
{
    [Theory]
    [InlineData("/admin", false)]
    [InlineData("/healthz", false)]
    [InlineData("/api/events", true)]
    [InlineData("/replay/upstream", true)]
    [InlineData("/demo/upstream", true)]
    public async Task Loopback_request_with_a_forwarded_header_is_refused_what_is_local_only(string path, bool webSocket)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);

        var plain = await RawHttp.StatusAsync(app.BaseUri, "GET", path, app.BaseUri.Authority, webSocket: webSocket, ct: ct);
        var tunnelled = await RawHttp.StatusAsync(app.BaseUri, "GET", path, app.BaseUri.Authority,
            [("X-Forwarded-For", "203.0.113.9"), ("X-Forwarded-Proto", "https")], webSocket: webSocket, ct: ct);

        Assert.NotEqual(403, plain);
        Assert.Equal(403, tunnelled);
    }

    [Fact]
    public async Task Widget_pages_stay_public_through_a_tunnel()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);

        var status = await RawHttp.StatusAsync(app.BaseUri, "GET", "/widgets/chat-ticker", app.BaseUri.Authority,
            [("X-Forwarded-For", "203.0.113.9")], ct: ct);

        Assert.Equal(200, status);
    }

    [Theory]
    [InlineData("127.0.0.1", 200)]
    [InlineData("203.0.113.9", 403)]
    [InlineData("not-an-address", 403)]
    public async Task Trusted_proxy_forwards_its_client_address(string client, int expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(
            QuietUpstream.Settings(new() { ["Security:TrustedProxies:0"] = "127.0.0.1" }), cancellationToken: ct);

        var status = await RawHttp.StatusAsync(app.BaseUri, "GET", "/admin", app.BaseUri.Authority,
            [("X-Forwarded-For", "198.51.100.7, " + client)], ct: ct);

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task Trusted_proxy_without_a_forwarded_address_is_not_this_computer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(
            QuietUpstream.Settings(new() { ["Security:TrustedProxies:0"] = "127.0.0.1" }), cancellationToken: ct);

        var status = await RawHttp.StatusAsync(app.BaseUri, "GET", "/admin", app.BaseUri.Authority, ct: ct);

        Assert.Equal(403, status);
    }
}
