using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Overlay.Tests.Admin;
using Overlay.Tests.EndToEnd;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Web.Security;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Security;

/// <summary>Over a limit: a clear refusal and one log line, while what is already open keeps updating.</summary>
public sealed class PublicLimitsTests(BrowserFixture browser)
{
    [Trait("Category", "Browser")]
    [Fact]
    public async Task Circuits_over_the_per_address_limit_are_refused_and_open_pages_keep_updating()
    {
        var ct = TestContext.Current.CancellationToken;
        var logs = new LogCapture();
        await using var app = await RunningApp.StartAsync(
            QuietUpstream.Settings(new() { ["Security:MaxCircuitsPerAddress"] = "2" }), logs.Register, cancellationToken: ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var first = await LiveWidgetPage.OpenAsync(context, app.PageUrl("chat-ticker"));
        var second = await LiveWidgetPage.OpenAsync(context, app.PageUrl("gift-alert"));
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        using var refused = await http.PostAsync("_blazor/negotiate?negotiateVersion=1", null, ct);
        using var again = await http.PostAsync("_blazor/negotiate?negotiateVersion=1", null, ct);
        app.Get<TestEventSender>().SendChat("still live");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many overlay pages", await refused.Content.ReadAsStringAsync(ct));
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        await Expect(first.Locator(".chat-ticker .comment")).ToHaveTextAsync(["still live"]);
        Assert.Equal(2, app.Get<CircuitLimiter>().Circuits);
        Assert.Single(logs.Messages(nameof(CircuitLimitMiddleware)));
        await Expect(second.Locator("html[data-connection='up']")).ToBeAttachedAsync();
    }

    [Fact]
    public async Task Circuit_socket_opened_without_negotiating_counts_too()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(
            QuietUpstream.Settings(new() { ["Security:MaxCircuits"] = "1" }), cancellationToken: ct);
        using var held = new ClientWebSocket();
        await held.ConnectAsync(new Uri(app.Url("_blazor").ToString().Replace("http", "ws", StringComparison.Ordinal)), ct);

        var status = await RawHttp.StatusAsync(app.BaseUri, "GET", "/_blazor", app.BaseUri.Authority, webSocket: true, ct: ct);

        Assert.Equal(429, status);
    }

    [Fact]
    public async Task Event_api_clients_over_the_cap_are_refused_and_connected_ones_keep_receiving()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(
            QuietUpstream.Settings(new() { ["Security:MaxEventApiClients"] = "2" }), cancellationToken: ct);
        var url = ApiSocket.Url(app);
        using var one = new ClientWebSocket();
        using var two = new ClientWebSocket();
        await one.ConnectAsync(url, ct);
        await two.ConnectAsync(url, ct);
        await ApiSocket.ReceiveTypeAsync(one, "hello", ct);
        await ApiSocket.ReceiveTypeAsync(two, "hello", ct);

        var third = await RawHttp.StatusAsync(app.BaseUri, "GET", "/api/events", app.BaseUri.Authority, webSocket: true, ct: ct);
        app.Get<TestEventSender>().SendChat("for the two");

        Assert.Equal(503, third);
        Assert.Equal("for the two", (await ApiSocket.ReceiveTypeAsync(one, "chat", ct)).GetProperty("comment").GetString());
        Assert.Equal("for the two", (await ApiSocket.ReceiveTypeAsync(two, "chat", ct)).GetProperty("comment").GetString());
    }

    [Fact]
    public void Circuit_limiter_counts_per_address_and_in_all()
    {
        var limiter = new CircuitLimiter(new StaticMonitor<SecurityOptions>(new SecurityOptions { MaxCircuitsPerAddress = 2, MaxCircuits = 3 }));

        limiter.CircuitOpened("a");
        limiter.CircuitOpened("a");
        Assert.True(limiter.IsFull("a"));
        Assert.False(limiter.IsFull("b"));
        using (limiter.SocketOpened("b"))
        {
            Assert.False(limiter.IsFull("c"));
            limiter.CircuitOpened("b");
            Assert.True(limiter.IsFull("c"));
        }
        limiter.CircuitClosed("a");
        Assert.False(limiter.IsFull("a"));
        Assert.False(limiter.IsFull("c"));
    }
}
