using Microsoft.Playwright;
using Overlay.Tests.EndToEnd;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Admin;

/// <summary>
/// A browser on another device (every request, the circuit's WebSocket included, carries a LAN peer address):
/// its widget pages go live, but a circuit it starts never renders the admin.
/// </summary>
[Trait("Category", "Browser")]
public sealed class RemoteWidgetCircuitTests(BrowserFixture browser)
{
    private const string Lan = "192.168.1.50";

    [Fact]
    public async Task Remote_widget_page_goes_live_and_updates()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), RemoteAddressOverride.Register, cancellationToken: ct);
        await using var context = await RemoteContextAsync();

        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("chat-ticker"));
        app.Get<TestEventSender>().SendChat("hello from the stream");

        await Expect(page.Locator(".chat-ticker .comment")).ToHaveTextAsync(["hello from the stream"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Circuit_started_from_another_device_does_not_render_the_admin(bool remote)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), RemoteAddressOverride.Register, cancellationToken: ct);
        await using var context = await browser.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        // The admin's prerendered markup (with its component markers) is fetched from this computer, but the
        // circuit is not started yet; then the framework script starts it from the "other device".
        await page.RouteAsync("**/_framework/blazor.web*.js", route => route.AbortAsync());
        await page.GotoAsync(app.Url("admin").ToString());
        await Expect(page.GetByText("Connection").First).ToBeVisibleAsync();
        await page.UnrouteAllAsync();
        if (remote)
        {
            await context.SetExtraHTTPHeadersAsync([new(RemoteAddressOverride.Header, Lan)]);
        }
        var script = await page.EvaluateAsync<string>("() => document.querySelector('script[src*=\"blazor.web\"]').src");
        await page.AddScriptTagAsync(new() { Url = script });

        if (remote)
        {
            await Expect(page.GetByTestId("admin-refused")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Expect(page.GetByTestId("admin-ready")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("widgets-panel")).ToHaveCountAsync(0);
        }
        else
        {
            await Expect(page.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        }
    }

    private Task<IBrowserContext> RemoteContextAsync() => browser.NewContextAsync(new BrowserNewContextOptions()
    {
        ViewportSize = new() { Width = 800, Height = 600 },
        ExtraHTTPHeaders = [new(RemoteAddressOverride.Header, Lan)],
    });
}
