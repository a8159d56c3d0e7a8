using System.Net;
using System.Text.Json;
using Overlay.Tests.Admin;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Security;

namespace Overlay.Tests.Security;

/// <summary>DNS rebinding over real sockets: the page's own name arrives as Host and gets 400 everywhere.</summary>
public sealed class HostFilterTests
{
    [Theory]
    [InlineData("GET", "/admin", false)]
    [InlineData("POST", "/_blazor/negotiate?negotiateVersion=1", false)]
    [InlineData("GET", "/api/events", true)]
    [InlineData("GET", "/widgets/chat-ticker", false)]
    [InlineData("GET", "/healthz", false)]
    [InlineData("GET", "/sounds/chime.wav", false)]
    public async Task Foreign_host_gets_400_on_every_endpoint(string method, string path, bool webSocket)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);

        var status = await RawHttp.StatusAsync(app.BaseUri, method, path, $"evil.example:{app.BaseUri.Port}", webSocket: webSocket, ct: ct);

        Assert.Equal(400, status);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("LOCALHOST")]
    public async Task Loopback_names_with_any_port_are_answered(string name)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);

        var status = await RawHttp.StatusAsync(app.BaseUri, "GET", "/widgets/chat-ticker", $"{name}:{app.BaseUri.Port}", ct: ct);
        var otherPort = await RawHttp.StatusAsync(app.BaseUri, "GET", "/alive", $"{name}:8080", ct: ct);

        Assert.Equal(200, status);
        Assert.Equal(200, otherPort);
    }

    [Fact]
    public async Task Configured_host_name_is_answered_and_others_are_not()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(
            QuietUpstream.Settings(new() { ["Security:AllowedHosts:0"] = "Overlay.LAN" }), cancellationToken: ct);

        Assert.Equal(200, await RawHttp.StatusAsync(app.BaseUri, "GET", "/admin", "overlay.lan", ct: ct));
        Assert.Equal(400, await RawHttp.StatusAsync(app.BaseUri, "GET", "/admin", "overlay.lan.evil.example", ct: ct));
    }

    [Fact]
    public async Task Refused_hosts_are_counted_in_healthz_and_logged_once_per_host()
    {
        var ct = TestContext.Current.CancellationToken;
        var logs = new LogCapture();
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), logs.Register, cancellationToken: ct);
        for (var i = 0; i < 3; i++)
        {
            await RawHttp.StatusAsync(app.BaseUri, "GET", "/admin", "evil.example", ct: ct);
        }
        await RawHttp.StatusAsync(app.BaseUri, "GET", "/admin", "other.example", ct: ct);
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        using var health = JsonDocument.Parse(await http.GetStringAsync("healthz", ct));

        Assert.Equal(4, health.RootElement.GetProperty("refused").GetProperty("ForeignHost").GetInt64());
        Assert.Equal(2, logs.Messages(nameof(HostFilterMiddleware)).Count(m => m.Contains("Refused a request for host")));
    }

    [Fact]
    public async Task Refusal_says_how_to_allow_a_name()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        using var http = new HttpClient { BaseAddress = app.BaseUri };
        using var request = new HttpRequestMessage(HttpMethod.Get, "admin");
        request.Headers.Host = "evil.example";

        using var response = await http.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Security:AllowedHosts", await response.Content.ReadAsStringAsync(ct));
    }
}
