using Overlay.Web.Widgets;
using Overlay.Tests.Admin;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Widgets.LikeGoal;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>Settings saved while OBS has the page open apply to that page without a reload.</summary>
[Trait("Category", "Browser")]
public sealed class WidgetLiveSettingsTests(BrowserFixture browser)
{
    [Fact]
    public async Task Saved_settings_reach_an_open_widget_page_without_a_reload()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("like-goal"));
        await page.EvaluateAsync("() => window.sameDocument = true");

        app.Get<WidgetInstanceService>().UpdateSettings("like-goal", new LikeGoalSettings { Title = "Road to 50k", Target = 50_000 });

        await Expect(page.Locator(".like-goal .title")).ToHaveTextAsync("Road to 50k");
        await Expect(page.Locator(".like-goal .target")).ToHaveTextAsync("50,000");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
    }
}
