using Overlay.Web.Widgets;
using Microsoft.Playwright;
using Overlay.Tests.Infrastructure;
using Overlay.Widgets.ActivityFeed;
using Overlay.Widgets.Leaderboard;
using Overlay.Widgets.Shared;
using Overlay.Widgets.ViewerCount;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>
/// The counter widgets with sample data at OBS canvas sizes: text inside the canvas at a readable size, and PNGs
/// over a dark and a light backdrop (bin/…/widget-screenshots/) for a human to look at. Avatars come from a route
/// the browser answers itself, so no request leaves the machine.
/// </summary>
[Trait("Category", "Browser")]
public sealed class CounterScreenshotTests(BrowserFixture browser)
{
    private const string AvatarHost = "https://avatars.test/";
    private const float Guard = 20_000;

    private static readonly StreamEndView Live = StreamEndView.Live;

    private static ViewerCountView Viewers { get; } = new(1_234, 2_048, "viewers", true, Live);

    private static ActivityFeedView Activity { get; } = new(
    [
        new ActivityItem(1, ActivityKind.Follow, "Cool Viewer 🌸", AvatarHost + "a.png"),
        new ActivityItem(2, ActivityKind.Share, "مريم", null),
        new ActivityItem(3, ActivityKind.Subscribe, "night_owl", AvatarHost + "b.png", Count: 3),
        new ActivityItem(4, ActivityKind.Gift, "gamer_77", AvatarHost + "c.png", "Galaxy", 12, 12_000),
        new ActivityItem(5, ActivityKind.Follow, "a_really_long_nickname_that_keeps_going_forever", null),
    ], true, Live);

    private static LeaderboardView Gifters { get; } = new("Top gifters", LeaderboardUnit.Diamonds,
    [
        new LeaderboardRow("1", 1, "gamer_77", AvatarHost + "c.png", 152_300),
        new LeaderboardRow("2", 2, "Cool Viewer 🌸", AvatarHost + "a.png", 48_210),
        new LeaderboardRow("3", 3, "مريم", null, 9_999),
        new LeaderboardRow("4", 4, "night_owl", AvatarHost + "b.png", 1_250),
        new LeaderboardRow("5", 5, "a_really_long_nickname_that_keeps_going_forever", null, 30),
    ], Live);

    private static LeaderboardView Likers { get; } = Gifters with { Title = "Top likers", Unit = LeaderboardUnit.Likes };

    private static LeaderboardView Ended { get; } = Gifters with { StreamEnd = new StreamEndView(true, false, "Thanks for watching! 💜") };

    public static TheoryData<string, string> Cases() => new()
    {
        { "viewers", ".viewer-count .count, .viewer-count .label, .viewer-count .peak" },
        { "activity", ".activity-feed .nickname, .activity-feed .action" },
        { "gifters", ".leaderboard .title, .leaderboard .nickname, .leaderboard .score-value" },
        { "likers", ".leaderboard .title, .leaderboard .nickname, .leaderboard .score-value" },
        { "ended", ".stream-end-text" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Widget_text_is_inside_the_canvas_and_readable_over_dark_and_light(string slug, string textSelector)
    {
        await using var app = await WidgetApp.StartAsync(
        [
            WidgetApp.Handle("viewers", WidgetKinds.ViewerCount, new TestViewSource<ViewerCountView>(Viewers)),
            WidgetApp.Handle("activity", WidgetKinds.ActivityFeed, new TestViewSource<ActivityFeedView>(Activity)),
            WidgetApp.Handle("gifters", WidgetKinds.TopGifters, new TestViewSource<LeaderboardView>(Gifters)),
            WidgetApp.Handle("likers", WidgetKinds.TopLikers, new TestViewSource<LeaderboardView>(Likers)),
            WidgetApp.Handle("ended", WidgetKinds.TopGifters, new TestViewSource<LeaderboardView>(Ended)),
        ]);
        var outside = new List<string>();
        var avatars = await PaintAvatarsAsync();
        foreach (var (width, height) in new[] { (1920, 1080), (800, 600), (1080, 1920) })
        {
            await using var context = await browser.NewContextAsync(width, height);
            await ServeAvatarsAsync(context, avatars);
            var page = await context.NewPageAsync();
            // Three canvases per case on a shared, busy machine: a longer guard than the 5 s default.
            await page.GotoAsync(app.PageUrl(slug));
            await Expect(page.Locator("html[data-connection='up'] .widget[data-live]")).ToBeAttachedAsync(new() { Timeout = Guard });
            var texts = page.Locator(textSelector);
            await Expect(texts.First).ToBeVisibleAsync(new() { Timeout = Guard });
            await page.EvaluateAsync("() => Promise.all(document.getAnimations().map(a => a.finished))");
            foreach (var text in await texts.AllAsync())
            {
                var box = (await text.BoundingBoxAsync())!;
                var fontSize = await text.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
                if (box.X < 0 || box.Y < 0 || box.X + box.Width > width || box.Y + box.Height > height || box.Width < 1 || fontSize < 10)
                {
                    outside.Add($"{width}×{height}: {await text.TextContentAsync()} at {box.X},{box.Y} {box.Width}×{box.Height}, {fontSize}px");
                }
            }
            await SaveAsync(page, $"{slug}-{width}x{height}");
        }

        Assert.Empty(outside);
    }

    // Avatars drawn by the browser itself and served from a route: realistic pictures with no network.
    private async Task<Dictionary<string, byte[]>> PaintAvatarsAsync()
    {
        await using var context = await browser.NewContextAsync(96, 96);
        var painter = await context.NewPageAsync();
        var pictures = new Dictionary<string, byte[]>();
        foreach (var (name, background) in new[]
        {
            ("a.png", "radial-gradient(circle at 50% 38%, #ffd9c2 0 22%, transparent 23%), radial-gradient(circle at 50% 95%, #ff7ab8 0 40%, #3b1f5c 41%)"),
            ("b.png", "radial-gradient(circle at 50% 38%, #c68a62 0 22%, transparent 23%), radial-gradient(circle at 50% 95%, #25a4ee 0 40%, #10263f 41%)"),
            ("c.png", "radial-gradient(circle at 50% 38%, #f1c27d 0 22%, transparent 23%), radial-gradient(circle at 50% 95%, #4dff9a 0 40%, #1e3b2a 41%)"),
        })
        {
            await painter.SetContentAsync($"<body style=\"margin:0\"><div style=\"width:96px;height:96px;background:{background}\"></div></body>");
            pictures[name] = await painter.ScreenshotAsync();
        }
        return pictures;
    }

    private static Task ServeAvatarsAsync(IBrowserContext context, Dictionary<string, byte[]> pictures) =>
        context.RouteAsync(AvatarHost + "**", route =>
            pictures.TryGetValue(new Uri(route.Request.Url).AbsolutePath.TrimStart('/'), out var png)
                ? route.FulfillAsync(new() { ContentType = "image/png", BodyBytes = png })
                : route.FulfillAsync(new() { Status = 404 }));

    private static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(WidgetScreenshotTests.Folder);
        foreach (var (backdrop, colour) in new[] { ("dark", "#15161c"), ("light", "#eef0f4") })
        {
            // An inline !important style is the only thing that beats the widget head's transparent !important rule.
            await page.EvaluateAsync($"() => document.documentElement.style.setProperty('background', '{colour}', 'important')");
            await page.ScreenshotAsync(new() { Path = Path.Combine(WidgetScreenshotTests.Folder, $"{name}-{backdrop}.png") });
        }
    }
}
