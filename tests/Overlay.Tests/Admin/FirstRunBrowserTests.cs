using Overlay.Tests.EndToEnd;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Admin;

/// <summary>The checklist on a fresh store's dashboard, clicked through in Chromium.</summary>
[Trait("Category", "Browser")]
public sealed class FirstRunBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_fresh_store_shows_three_open_steps_that_tick_as_they_happen_and_hide_for_good()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = TestContentRoot.Create();
        await using (var app = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct))
        {
            await using var context = await browser.NewContextAsync(1280, 1000);
            var admin = await context.NewPageAsync();
            await admin.GotoAsync(app.Url("admin").ToString());
            await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
            var checklist = admin.GetByTestId("first-run");
            await Expect(checklist).ToContainTextAsync("Get started");
            foreach (var step in new[] { "first-run-live", "first-run-obs", "first-run-gift" })
            {
                await Expect(admin.GetByTestId(step)).ToHaveAttributeAsync("data-done", "false");
            }

            await admin.GetByTestId("first-run-send-gift").ClickAsync();
            await Expect(admin.GetByTestId("first-run-gift")).ToHaveAttributeAsync("data-done", "true");
            await admin.GetByTestId("first-run-demo").ClickAsync();
            await Expect(admin.GetByTestId("first-run-live")).ToHaveAttributeAsync("data-done", "true");
            await Expect(admin.GetByTestId("first-run-obs")).ToHaveAttributeAsync("data-done", "false");

            // OBS's browser names itself in its user agent; the step ticks on the open admin without a reload.
            await using var obs = await browser.NewContextAsync(new() { UserAgent = "Mozilla/5.0 Chrome/127.0 Safari/537.36 OBS/31.0.2" });
            var source = await obs.NewPageAsync();
            await source.GotoAsync(app.PageUrl("chat-ticker").ToString());
            await Expect(admin.GetByTestId("first-run-obs")).ToHaveAttributeAsync("data-done", "true");
            await Expect(checklist).ToContainTextAsync("You're all set");

            await admin.GetByTestId("first-run-hide").ClickAsync();
            await Expect(checklist).ToHaveCountAsync(0);
            Assert.True(app.Get<FirstRun>().IsDone(FirstRun.Dismissed));
        }

        await using var again = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct);
        await using var later = await browser.NewContextAsync(1280, 1000);
        var page = await later.NewPageAsync();
        await page.GotoAsync(again.Url("admin").ToString());
        await Expect(page.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("connection-panel").Or(page.GetByTestId("test-events")).First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("first-run")).ToHaveCountAsync(0);
    }
}
