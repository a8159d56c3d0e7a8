using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Tts.Queue;
using Overlay.Web.Widgets;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Admin;

/// <summary>The admin's Text to speech page: engine and voices, the on switch, the queue with skip, clear and a test phrase.</summary>
[Trait("Category", "Browser")]
public sealed class TtsAdminBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_page_shows_the_engine_switches_the_widget_on_and_skips_and_clears_its_queue()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), b => b.Services.AddSingleton<TimeProvider>(time), cancellationToken: ct);
        await using var context = await browser.NewContextAsync(1280, 900);
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(app.Url("admin").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await Expect(admin.GetByTestId("nav-admin-tts")).ToHaveAttributeAsync("href", "/admin/tts");
        await Expect(admin.GetByTestId("nav-admin-tts")).ToHaveTextAsync("Text to speech");
        // A fresh load, so "admin-ready" is this page's own circuit and not the dashboard's.
        await admin.GotoAsync(app.Url("admin/tts").ToString());
        await Expect(admin.GetByTestId("tts-engine")).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });

        if (!Espeak.Installed)
        {
            await Expect(admin.GetByTestId("tts-engine-name")).ToHaveTextAsync("none found");
            await Expect(admin.GetByTestId("tts-problem")).ToContainTextAsync("No speech engine found: install espeak-ng");
            return;
        }
        await Expect(admin.GetByTestId("tts-engine-name")).ToHaveTextAsync("espeak-ng");
        await Expect(admin.GetByTestId("tts-voices")).ToContainTextAsync("English (America)");
        var widget = admin.GetByTestId("tts-widget-tts");
        await widget.GetByTestId("tts-test").ClickAsync();
        await Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync("Switch the widget on first.");

        await widget.Locator("input[type='checkbox']").First.ClickAsync();
        var state = (TtsState)app.Get<WidgetRegistry>().Find("tts")!.Source;
        await state.WaitForAsync(_ => state.Enabled, ct);
        for (var i = 0; i < 3; i++)
        {
            await widget.GetByTestId("tts-test").ClickAsync();
        }

        await Expect(widget.GetByTestId("tts-now")).ToHaveTextAsync("Reading: This is a test of text to speech.", new() { Timeout = 30_000 });
        await Expect(widget.GetByTestId("tts-waiting-count")).ToHaveTextAsync("2 waiting", new() { Timeout = 30_000 });
        await widget.GetByTestId("tts-skip").ClickAsync();
        await Expect(widget.GetByTestId("tts-waiting-count")).ToHaveTextAsync("1 waiting");
        await widget.GetByTestId("tts-clear").ClickAsync();
        await Expect(widget.GetByTestId("tts-now")).ToHaveTextAsync("Silent.");
        await Expect(widget.GetByTestId("tts-waiting-count")).ToHaveTextAsync("0 waiting");
        await widget.GetByTestId("tts-test-chat").ClickAsync();
        await Expect(widget.GetByTestId("tts-now")).ToContainTextAsync("says Hello from the test chat", new() { Timeout = 30_000 });
        Assert.True(app.Get<WidgetInstanceService>().Find("tts")?.Settings is Overlay.Widgets.Tts.TtsSettings { Enabled: true });
    }
}
