using System.Text.RegularExpressions;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Recording;
using Overlay.Web.Upstream;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Admin;

/// <summary>The admin's record and replay panel in Chromium, against the app's own demo LIVE.</summary>
[Trait("Category", "Browser")]
public sealed partial class RecordReplayPanelBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Record_the_demo_then_replay_it_and_go_back_to_live_from_the_admin()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(cancellationToken: ct);
        await using var context = await browser.NewContextAsync(1280, 1400);
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.Url("admin").ToString());
        await Expect(page.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });

        await page.GetByTestId("record-start").ClickAsync();
        await Expect(page.GetByTestId("record-status")).ToHaveTextAsync(SomeFramesRecorded());
        await page.GetByTestId("record-stop").ClickAsync();
        await Expect(page.GetByTestId("record-status")).ToContainTextAsync("Saved recording-");
        await page.GetByTestId("replay-max").First.ClickAsync();

        // Leaving the demo waits out its close handshake (up to 5 s) before the replay socket opens.
        await Expect(page.GetByTestId("replay-status")).ToContainTextAsync("finished", new() { Timeout = 20_000 });
        await Expect(page.GetByTestId("status-summary")).ToContainTextAsync("Replay finished: recording-");
        await Expect(page.GetByTestId("replay-again")).ToBeVisibleAsync();
        Assert.False(app.Get<ConnectionStatusStore>().Current.IsDemo);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "record-replay-panel.png"), FullPage = true });

        await page.GetByTestId("replay-stop").ClickAsync();
        await Expect(page.GetByTestId("replay-status")).ToHaveCountAsync(0);
        Assert.Null(app.Get<ReplayState>().Current);
    }

    [GeneratedRegex(@"Recording recording-.*: [1-9][\d,]* frames")]
    private static partial Regex SomeFramesRecorded();
}
