using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>
/// The whole path as a streamer sees it: a real upstream socket sends frames, the real app parses and keeps
/// state, and the default widget pages in Chromium show the result.
/// </summary>
[Trait("Category", "Browser")]
public sealed class UpstreamToScreenTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_default_widget_shows_the_events_sent_upstream()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var chat = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("chat-ticker"));
        var alert = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("gift-alert"));
        var goal = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("like-goal"));

        await socket.SendTextAsync(Frames.RoomInfo("room-1", "Friday chill", 120, 2_000), Ct);
        await socket.SendTextAsync(Frames.Chat("hello 👋 from upstream").From("viewer1", "ليلى 🌙").Id("c-1"), Ct);
        await socket.SendTextAsync(Frames.Like(20).Total(2_500).From("liker"), Ct);
        for (var count = 1; count <= 3; count++)
        {
            await socket.SendTextAsync(Frames.Gift("Rose").From("gifter", "Gift Sender").Group("g").Id($"g{count}").Repeat(count), Ct);
        }
        await socket.SendTextAsync(Frames.Gift("Rose").From("gifter", "Gift Sender").Group("g").Id("g-end").Repeat(3).Ended(), Ct);

        await Expect(chat.Locator(".chat-ticker .comment")).ToHaveTextAsync(["hello 👋 from upstream"]);
        await Expect(chat.Locator(".chat-ticker .nickname")).ToHaveTextAsync(["ليلى 🌙"]);
        await Expect(goal.Locator(".like-goal .current")).ToHaveTextAsync("2,500");
        await Expect(alert.Locator(".alert .nickname")).ToHaveTextAsync("Gift Sender");
        await Expect(alert.Locator(".alert")).ToContainTextAsync("Rose");
        await Expect(alert.Locator(".alert")).ToContainTextAsync("3");
    }

    [Fact]
    public async Task Healthz_counts_each_chat_the_page_received_and_the_diffs_sent_for_them()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var chat = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("chat-ticker"));
        var metrics = h.App.Get<OverlayMetrics>();
        var changesBefore = metrics.WidgetChanges;
        var rendersBefore = metrics.WidgetRenders;

        for (var i = 1; i <= 10; i++)
        {
            await socket.SendTextAsync(Frames.Chat($"line {i}").From($"viewer{i}").Id($"c-{i}"), Ct);
        }

        await Expect(chat.Locator(".chat-ticker .comment").Last).ToHaveTextAsync("line 10");
        Assert.Equal(10, metrics.WidgetChanges - changesBefore);
        Assert.InRange(metrics.WidgetRenders - rendersBefore, 1, 10);
    }

    [Fact]
    public async Task Markup_in_an_upstream_chat_shows_as_text_and_runs_nothing()
    {
        const string hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { Interlocked.Increment(ref dialogs); _ = dialog.DismissAsync(); };
        await LiveWidgetPage.GotoAsync(page, h.App.PageUrl("chat-ticker"));

        await socket.SendTextAsync(Frames.Chat(hostile).From("<b>bold</b>").Id("x-1"), Ct);

        await Expect(page.Locator(".chat-ticker .comment")).ToHaveTextAsync([hostile]);
        await Expect(page.Locator(".chat-ticker .nickname")).ToHaveTextAsync(["<b>bold</b>"]);
        Assert.Equal(0, await page.Locator(".chat-ticker img, .chat-ticker script, .chat-ticker b").CountAsync());
        Assert.Equal(0, dialogs);
    }
}
