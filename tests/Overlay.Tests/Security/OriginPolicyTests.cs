using System.Net.WebSockets;
using System.Text.Json;
using Overlay.Tests.Admin;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Web.Security;

namespace Overlay.Tests.Security;

/// <summary>
/// A page on another origin may open a WebSocket to the app (browsers allow it) but is refused; tools without an
/// Origin and the app's own pages connect.
/// </summary>
public sealed class OriginPolicyTests
{
    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("http://127.0.0.2:8000")]
    [InlineData("null")]
    public async Task Event_api_socket_from_another_origin_is_refused(string origin)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);

        var status = await RawHttp.StatusAsync(app.BaseUri, "GET", "/api/events", app.BaseUri.Authority,
            [("Origin", origin)], webSocket: true, ct: ct);

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task Another_port_of_localhost_is_another_origin()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);

        var status = await RawHttp.StatusAsync(app.BaseUri, "GET", "/api/events", app.BaseUri.Authority,
            [("Origin", $"http://127.0.0.1:{app.BaseUri.Port + 1}")], webSocket: true, ct: ct);

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task Event_api_socket_without_an_origin_connects_and_gets_events()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        using var socket = new ClientWebSocket();

        await socket.ConnectAsync(ApiSocket.Url(app), ct);
        var hello = await ApiSocket.ReceiveTypeAsync(socket, "hello", ct);

        Assert.Equal(1, hello.GetProperty("apiVersion").GetInt32());
    }

    [Fact]
    public async Task Event_api_socket_from_the_apps_own_origin_connects()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", $"http://{app.BaseUri.Authority}");

        await socket.ConnectAsync(ApiSocket.Url(app), ct);
        app.Get<TestEventSender>().SendChat("own origin");
        var message = await ApiSocket.ReceiveTypeAsync(socket, "chat", ct);

        Assert.Equal("own origin", message.GetProperty("comment").GetString());
    }

    [Theory]
    [InlineData("http://evil.example", 403)]
    [InlineData("", 200)]
    [InlineData("own", 200)]
    public async Task Circuit_negotiation_checks_the_origin(string origin, int expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var headers = origin switch
        {
            "" => [],
            "own" => new List<(string, string)> { ("Origin", $"http://{app.BaseUri.Authority}") },
            _ => [("Origin", origin)],
        };

        var status = await RawHttp.StatusAsync(app.BaseUri, "POST", "/_blazor/negotiate?negotiateVersion=1", app.BaseUri.Authority, headers, ct: ct);

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task Circuit_socket_from_another_origin_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);

        var status = await RawHttp.StatusAsync(app.BaseUri, "GET", "/_blazor", app.BaseUri.Authority,
            [("Origin", "http://evil.example")], webSocket: true, ct: ct);

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task Refused_origins_are_counted_and_logged_once_per_origin()
    {
        var ct = TestContext.Current.CancellationToken;
        var logs = new LogCapture();
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), logs.Register, cancellationToken: ct);
        foreach (var origin in new[] { "http://evil.example", "http://evil.example", "http://evil.example", "http://other.example" })
        {
            await RawHttp.StatusAsync(app.BaseUri, "GET", "/api/events", app.BaseUri.Authority, [("Origin", origin)], webSocket: true, ct: ct);
        }
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        using var health = JsonDocument.Parse(await http.GetStringAsync("healthz", ct));

        Assert.Equal(4, health.RootElement.GetProperty("refused").GetProperty("ForeignOrigin").GetInt64());
        var lines = logs.Messages(nameof(OriginPolicyMiddleware));
        Assert.Single(lines, l => l.Contains("evil.example"));
        Assert.Single(lines, l => l.Contains("other.example"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "127.0.0.1:5080", true)]
    [InlineData("http://LOCALHOST:5080", "localhost:5080", true)]
    [InlineData("http://localhost", "localhost", true)]
    [InlineData("https://localhost:5080", "localhost:5080", false)]
    [InlineData("http://localhost:5081", "localhost:5080", false)]
    [InlineData("http://evil.example:5080", "localhost:5080", false)]
    [InlineData("http://localhost:5080/path", "localhost:5080", false)]
    [InlineData("not a url", "localhost:5080", false)]
    public void Own_origin_is_exactly_the_scheme_host_and_port_of_the_request(string origin, string host, bool own)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new Microsoft.AspNetCore.Http.HostString(host);
        context.Request.Headers.Origin = origin;

        Assert.Equal(own, OriginPolicyMiddleware.IsOwnOrigin(context.Request));
    }
}
