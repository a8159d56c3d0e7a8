using Microsoft.Playwright;
using Overlay.Tests.Admin;
using Overlay.Tests.EndToEnd;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Security;

/// <summary>
/// OBS on a second PC: every request of its browser (the circuit's WebSocket and the recovery script's fetches
/// included) comes from a LAN address. After the app restarts, its widget page must recover by itself.
/// </summary>
[Trait("Category", "Browser")]
public sealed class SecondPcRecoveryTests(BrowserFixture browser)
{
    private const string Lan = "192.168.1.77";

    [Fact]
    public async Task Widget_page_on_another_pc_recovers_by_itself_after_an_app_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = TestContentRoot.Create();
        var first = await RunningApp.StartAsync(QuietUpstream.Settings(), RemoteAddressOverride.Register, contentRoot: root, cancellationToken: ct);
        var port = first.BaseUri.Port;
        await using var context = await browser.NewContextAsync(new Microsoft.Playwright.BrowserNewContextOptions()
        {
            ViewportSize = new() { Width = 800, Height = 600 },
            ExtraHTTPHeaders = [new(RemoteAddressOverride.Header, Lan)],
        });
        var page = await LiveWidgetPage.OpenAsync(context, first.PageUrl("chat-ticker"));
        first.Get<TestEventSender>().SendChat("before the restart");
        await Expect(page.Locator(".chat-ticker .comment")).ToHaveTextAsync(["before the restart"]);
        var healthz = await context.APIRequest.GetAsync(first.Url("healthz").ToString());
        Assert.Equal(403, healthz.Status);

        await first.DisposeAsync();
        await Expect(page.Locator("html[data-connection='down']")).ToBeAttachedAsync();
        await using var second = await RunningApp.StartAsync(
            QuietUpstream.Settings(), RemoteAddressOverride.Register, port: port, contentRoot: root, cancellationToken: ct);

        await Expect(page.Locator("html[data-connection='up']")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        second.Get<TestEventSender>().SendChat("after the restart");
        await Expect(page.Locator(".chat-ticker .comment")).ToContainTextAsync(["after the restart"], new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task Alive_is_public_and_says_nothing_else()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), RemoteAddressOverride.Register, cancellationToken: ct);
        using var http = new HttpClient { BaseAddress = app.BaseUri };
        using var request = new HttpRequestMessage(HttpMethod.Get, "alive");
        request.Headers.Add(RemoteAddressOverride.Header, Lan);

        using var response = await http.SendAsync(request, ct);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync(ct));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }
}
