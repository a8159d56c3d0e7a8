using Microsoft.Extensions.DependencyInjection;
using Overlay.Tests.EndToEnd;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Widgets;
using Overlay.Widgets.ActionsScreen;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Rules.EndToEnd;

/// <summary>
/// An actions screen item (the sample GIF and a long text) at OBS canvas sizes: the GIF and the text inside the
/// canvas, the text readable and never markup. Screenshots land in bin/…/widget-screenshots/ for a human to look at.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ActionsScreenScreenshotTests(BrowserFixture browser)
{
    private static readonly ScreenItem Item = new(1, 60_000)
    {
        ImageUrl = "/images/" + SampleMedia.Image,
        Text = "<b>Captain Extraordinarily Long Display Name Of Doom 🚀</b> sent 99 Roses — thank you!",
        Rule = "Rose party",
    };

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(800, 600)]
    [InlineData(1080, 1920)]
    public async Task The_gif_and_text_are_inside_the_canvas_and_readable(int width, int height)
    {
        var registry = new WidgetRegistry();
        registry.Add(WidgetApp.Handle("e2e-actions", WidgetKinds.ActionsScreen, new TestViewSource<ActionsScreenView>(new ActionsScreenView(Item, 0))));
        await using var app = await RunningApp.StartAsync(configure: b => b.Services.AddSingleton(registry),
            contentRoot: SampleMedia.CopyInto(TestContentRoot.Create()), cancellationToken: TestContext.Current.CancellationToken);
        await using var context = await browser.NewContextAsync(width, height);
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("e2e-actions"));
        var text = page.Locator(".actions-screen .item-text");
        await Expect(text).ToHaveTextAsync(Item.Text);
        await page.WaitForFunctionAsync("() => document.querySelector('.item-img').complete && document.querySelector('.item-img').naturalWidth > 0");
        await WidgetScreenshotTests.WaitForEntranceAsync(page);

        var boxes = new[] { (await text.BoundingBoxAsync())!, (await page.Locator(".item-img").BoundingBoxAsync())! };
        var fontSize = await text.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        var opacity = await page.Locator(".actions-screen .item").EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).opacity)");
        await WidgetScreenshotTests.SaveAsync(page, $"actions-screen-{width}x{height}");

        Assert.All(boxes, b => Assert.True(b.X >= 0 && b.Y >= 0 && b.X + b.Width <= width && b.Y + b.Height <= height, $"{b.X},{b.Y} {b.Width}×{b.Height}"));
        Assert.InRange(fontSize, 16, 80);
        Assert.Equal(1, opacity);
        Assert.Equal(0, await page.Locator(".actions-screen b").CountAsync());
    }
}
