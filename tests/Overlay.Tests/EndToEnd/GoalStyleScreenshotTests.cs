using Overlay.Web.Widgets;
using Overlay.Tests.Infrastructure;
using Overlay.Widgets.LikeGoal;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>
/// Each goal style in Chromium: its title and numbers inside the canvas at a readable size, nothing painted outside
/// the goal (transparent for OBS), and a PNG per style in widget-screenshots/ for a human to look at.
/// </summary>
[Trait("Category", "Browser")]
public sealed class GoalStyleScreenshotTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(GoalStyle.Bar, GoalMetric.Likes, 1920, 1080)]
    [InlineData(GoalStyle.Slim, GoalMetric.Diamonds, 1920, 1080)]
    [InlineData(GoalStyle.Circle, GoalMetric.Follows, 1920, 1080)]
    [InlineData(GoalStyle.Circle, GoalMetric.Subscriptions, 1080, 1920)]
    public async Task Goal_style_draws_inside_the_canvas_on_a_transparent_page(GoalStyle style, GoalMetric metric, int width, int height)
    {
        var view = new GoalView("Road to 10K 💖", 6_420, 10_000, style, metric);
        await using var app = await WidgetApp.StartAsync([WidgetApp.Handle("e2e-goal", WidgetKinds.LikeGoal, new TestViewSource<GoalView>(view))]);
        await using var context = await browser.NewContextAsync(width, height);
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("e2e-goal"));
        await Expect(page.Locator($".like-goal[data-style='{style}'] .current")).ToHaveTextAsync("6,420");
        await WidgetScreenshotTests.WaitForEntranceAsync(page);

        var outside = new List<string>();
        foreach (var text in await page.Locator(".like-goal .title, .like-goal .current, .like-goal .target").AllAsync())
        {
            var box = (await text.BoundingBoxAsync())!;
            var fontSize = await text.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
            if (box.X < 0 || box.Y < 0 || box.X + box.Width > width || box.Y + box.Height > height || box.Width < 1 || fontSize < 12)
            {
                outside.Add($"{await text.TextContentAsync()} at {box.X},{box.Y} {box.Width}×{box.Height}, {fontSize}px");
            }
        }
        var png = BrowserPng.Decode(await page.ScreenshotAsync(new() { OmitBackground = true }));
        await WidgetScreenshotTests.SaveAsync(page, $"goal-{style}-{metric}-{width}x{height}".ToLowerInvariant());

        Assert.Empty(outside);
        Assert.Equal(0, png.Alpha(2, 2));
        Assert.Equal(0, png.Alpha(width - 3, 2));
    }

    [Fact]
    public async Task Circle_fill_follows_the_progress()
    {
        var source = new TestViewSource<GoalView>(new GoalView("Follows", 25, 100, GoalStyle.Circle, GoalMetric.Follows));
        await using var app = await WidgetApp.StartAsync([WidgetApp.Handle("e2e-goal", WidgetKinds.LikeGoal, source)]);
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("e2e-goal"));
        await Expect(page.Locator(".ring .fill")).ToHaveAttributeAsync("style", "stroke-dashoffset: 75");

        source.Set(new GoalView("Follows", 60, 100, GoalStyle.Circle, GoalMetric.Follows));

        await Expect(page.Locator(".ring .fill")).ToHaveAttributeAsync("style", "stroke-dashoffset: 40");
        await Expect(page.Locator(".ring .current")).ToHaveTextAsync("60");
    }
}
