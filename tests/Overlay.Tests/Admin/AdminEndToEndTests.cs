using Overlay.Web.Widgets;
using Microsoft.Playwright;
using Overlay.Tests.EndToEnd;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Widgets.GiftAlert;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Admin;

/// <summary>
/// The admin as a streamer uses it, in Chromium against the real app and its SQLite file: create a widget, restyle
/// it while OBS has it open, test it from the admin, restart, find it as it was. Screenshots of the settings form
/// and the styled widget land in bin/…/widget-screenshots/ for a human to look at.
/// </summary>
[Trait("Category", "Browser")]
public sealed class AdminEndToEndTests(BrowserFixture browser)
{
    private const string Slug = "big-alerts";
    private const string Accent = "#00ff88";

    [Fact]
    public async Task Create_restyle_test_and_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = TestContentRoot.Create();
        GiftAlertSettings saved;
        await using (var app = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct))
        {
            await using var context = await browser.NewContextAsync(1400, 1000);
            var admin = await OpenAdminAsync(context, app);

            // Create: a gift alert named "Big alerts" (the kind selector's first entry).
            await admin.GetByTestId("widgets-panel").GetByLabel("Name").FillAsync("Big alerts");
            await admin.GetByTestId("create-widget").ClickAsync();
            await Expect(admin.Locator($"tr[data-slug='{Slug}']")).ToContainTextAsync("Big alerts");
            var editor = admin.GetByTestId("widget-editor");
            await Expect(editor.Locator("[data-kind='GiftAlert']")).ToBeVisibleAsync();

            // OBS has the widget open while the streamer edits it.
            var obs = await LiveWidgetPage.OpenAsync(context, app.PageUrl(Slug));
            await obs.EvaluateAsync("() => window.sameDocument = true");

            await editor.Locator("[data-field='look.accentColor'] input:not([type='color'])").FillAsync(Accent);
            await editor.Locator("[data-field='look.textColor'] input:not([type='color'])").FillAsync("#fff8e1");
            await editor.Locator("[data-field='look.backgroundColor'] input:not([type='color'])").FillAsync("rgba(20, 24, 40, 0.85)");
            // The font list also takes a name it does not offer.
            var font = editor.Locator("[data-field='look.fontFamily'] input");
            await font.FillAsync("DejaVu Serif");
            await font.PressAsync("Tab");
            await editor.Locator("[data-field='displaySeconds'] input").FillAsync("30");
            await editor.GetByTestId("save-settings").ClickAsync();
            await Expect(admin.GetByText("Saved. Open widget pages")).ToBeVisibleAsync();

            await obs.WaitForFunctionAsync($$"""
                () => {
                    const style = getComputedStyle(document.querySelector('.gift-alert'));
                    return style.getPropertyValue('--accent').trim() === '{{Accent}}' && style.getPropertyValue('--display-ms').trim() === '30000ms';
                }
                """);
            Assert.True(await obs.EvaluateAsync<bool>("() => window.sameDocument === true"));

            // A 5-frame combo from the admin's test buttons: one alert in the preview, drawn in the new colour.
            var preview = editor.GetByTestId("widget-preview");
            await preview.ScrollIntoViewIfNeededAsync();
            var frame = preview.FrameLocator("iframe");
            await Expect(frame.Locator(".gift-alert")).ToBeAttachedAsync();
            await admin.GetByTestId("test-gift-combo").ClickAsync();
            await Expect(frame.Locator(".alert .count")).ToHaveTextAsync($"×{TestEventSender.ComboFrames}");
            await Expect(frame.Locator(".alert")).ToHaveCountAsync(1);
            await Expect(frame.Locator(".alert")).ToHaveAttributeAsync("data-alert-id", "1");
            await Expect(obs.Locator(".alert .nickname")).ToHaveCSSAsync("color", "rgb(0, 255, 136)");
            var state = (GiftAlertState)app.Get<WidgetRegistry>().Find(Slug)!.Source;
            Assert.Equal(0, state.Queued);

            await obs.Locator(".alert").ScreenshotAsync(new() { Path = Path.Combine(WidgetScreenshotTests.Folder, "styled-gift-alert.png") });
            await editor.ScreenshotAsync(new() { Path = Path.Combine(WidgetScreenshotTests.Folder, "admin-settings-form.png") });
            saved = Assert.IsType<GiftAlertSettings>(app.Get<WidgetInstanceService>().Find(Slug)?.Settings);
        }

        Assert.Equal(Accent, saved.Look.AccentColor);
        Assert.Equal(30, saved.DisplaySeconds);
        Assert.Equal("DejaVu Serif", saved.Look.FontFamily);

        await using var restarted = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct);
        await using var again = await browser.NewContextAsync(1400, 1000);
        var page = await OpenAdminAsync(again, restarted);

        await Expect(page.Locator($"tr[data-slug='{Slug}']")).ToContainTextAsync("Big alerts");
        await page.Locator($"tr[data-slug='{Slug}']").GetByTestId("edit-widget").ClickAsync();
        var form = page.GetByTestId("widget-editor");
        await Expect(form.Locator("[data-field='look.accentColor'] input:not([type='color'])")).ToHaveValueAsync(Accent);
        await Expect(form.Locator("[data-field='displaySeconds'] input")).ToHaveValueAsync("30");
        Assert.Equal(saved, restarted.Get<WidgetInstanceService>().Find(Slug)?.Settings);
    }

    private static async Task<IPage> OpenAdminAsync(IBrowserContext context, RunningApp app)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.Url("admin").ToString());
        await Expect(page.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        return page;
    }
}
