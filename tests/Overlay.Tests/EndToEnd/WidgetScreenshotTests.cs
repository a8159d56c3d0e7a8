using Overlay.Web.Widgets;
using Microsoft.Playwright;
using Overlay.Tests.Infrastructure;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>
/// Each widget with sample data at OBS canvas sizes: its text must sit inside the canvas at a readable size.
/// Screenshots land in the test output (bin/…/widget-screenshots/) for a human to look at: one transparent, as OBS
/// composites it, and one over a busy backdrop standing in for game footage.
/// </summary>
[Trait("Category", "Browser")]
public sealed class WidgetScreenshotTests(BrowserFixture browser)
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "widget-screenshots");

    public static TheoryData<string, string, int, int> Cases()
    {
        var data = new TheoryData<string, string, int, int>();
        foreach (var (w, h) in new[] { (1920, 1080), (800, 600), (1080, 1920) })
        {
            data.Add("e2e-alert", ".alert .nickname, .alert .gift, .alert .count, .alert .diamond-count", w, h);
            data.Add("e2e-chat", ".chat-ticker .row:last-child .nickname, .chat-ticker .row:last-child .comment", w, h);
            data.Add("e2e-goal", ".like-goal .title, .like-goal .current, .like-goal .target", w, h);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Widget_text_is_inside_the_canvas_and_readable(string slug, string textSelector, int width, int height)
    {
        await using var app = await WidgetApp.StartAsync(
        [
            WidgetApp.Handle("e2e-alert", WidgetKinds.GiftAlert, new TestViewSource<GiftAlertView>(SampleViews.Alert())),
            WidgetApp.Handle("e2e-chat", WidgetKinds.ChatTicker, new TestViewSource<ChatTickerView>(SampleViews.BusyChat)),
            WidgetApp.Handle("e2e-goal", WidgetKinds.LikeGoal, new TestViewSource<GoalView>(SampleViews.Goal())),
        ]);
        await using var context = await browser.NewContextAsync(width, height);
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl(slug));
        var texts = page.Locator(textSelector);
        await Expect(texts.First).ToBeVisibleAsync();
        await WaitForEntranceAsync(page);

        var outside = new List<string>();
        foreach (var text in await texts.AllAsync())
        {
            var box = (await text.BoundingBoxAsync())!;
            var fontSize = await text.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
            if (box.X < 0 || box.Y < 0 || box.X + box.Width > width || box.Y + box.Height > height || box.Width < 1 || fontSize < 12)
            {
                outside.Add($"{await text.TextContentAsync()} at {box.X},{box.Y} {box.Width}×{box.Height}, {fontSize}px");
            }
        }
        await SaveAsync(page, $"{slug[4..]}-{width}x{height}");

        Assert.Empty(outside);
    }

    // Entrance animations are finite; the gift alert's exit is still a minute away, so only wait for the rest.
    internal static Task WaitForEntranceAsync(IPage page) => page.EvaluateAsync(
        "() => Promise.all(document.getAnimations().filter(a => !a.animationName.includes('exit')).map(a => a.finished))");

    internal static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}.png"), OmitBackground = true });
        // An inline !important style is the only thing that beats the widget head's transparent !important rule.
        // The widgets are position: fixed, so <html> has no height of its own for the gradient to fill.
        await page.EvaluateAsync("""
            () => {
                const root = document.documentElement.style;
                root.setProperty('background', 'linear-gradient(135deg, #1d5e2f, #d8d8d8 40%, #0b1d4a 70%, #f4d03f)', 'important');
                root.setProperty('min-height', '100vh');
            }
            """);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}-over-footage.png") });
    }
}
