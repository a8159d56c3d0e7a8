using Overlay.Web.Widgets;
using Microsoft.Playwright;
using Overlay.Tests.Infrastructure;
using Overlay.Widgets.LikeGoal;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>What surrounds a widget in OBS: a see-through page with nothing from the admin and no Blazor UI.</summary>
[Trait("Category", "Browser")]
public sealed class WidgetChromeTests(BrowserFixture browser)
{
    private async Task<(RunningApp App, IBrowserContext Context, IPage Page)> OpenGoalAsync()
    {
        var source = new TestViewSource<GoalView>(SampleViews.Goal());
        var app = await WidgetApp.StartAsync([WidgetApp.Handle("e2e-goal", WidgetKinds.LikeGoal, source)]);
        var context = await browser.NewContextAsync();
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("e2e-goal"));
        await Expect(page.Locator(".like-goal")).ToBeVisibleAsync();
        return (app, context, page);
    }

    [Fact]
    public async Task Html_and_body_backgrounds_are_transparent()
    {
        var (app, context, page) = await OpenGoalAsync();
        await using var _ = app;
        await using var __ = context;

        var html = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).backgroundColor");
        var body = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

        Assert.Equal("rgba(0, 0, 0, 0)", html);
        Assert.Equal("rgba(0, 0, 0, 0)", body);
    }

    [Fact]
    public async Task Screenshot_is_see_through_where_the_widget_draws_nothing()
    {
        var (app, context, page) = await OpenGoalAsync();
        await using var _ = app;
        await using var __ = context;
        var bar = (await page.Locator(".like-goal .bar").BoundingBoxAsync())!;

        var png = BrowserPng.Decode(await page.ScreenshotAsync(new() { OmitBackground = true }));

        Assert.Equal(0, png.Alpha(10, 10));
        Assert.Equal(0, png.Alpha(png.Width / 2, png.Height / 3));
        Assert.Equal(255, png.Alpha((int)(bar.X + 5), (int)(bar.Y + bar.Height / 2)));
    }

    [Fact]
    public async Task Page_has_no_reconnect_dialog_no_error_ui_and_no_admin_stylesheets()
    {
        var (app, context, page) = await OpenGoalAsync();
        await using var _ = app;
        await using var __ = context;

        var stylesheets = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('link[rel=stylesheet]')].map(l => l.href)");

        await Expect(page.Locator("#components-reconnect-modal")).ToHaveCountAsync(0);
        await Expect(page.Locator("#blazor-error-ui")).ToHaveCountAsync(0);
        Assert.NotEmpty(stylesheets);
        Assert.DoesNotContain(stylesheets, href =>
            href.Contains("bootstrap", StringComparison.OrdinalIgnoreCase) || href.Contains("mudblazor", StringComparison.OrdinalIgnoreCase));
    }
}
