using Overlay.Web.Widgets;
using Overlay.Tests.EndToEnd;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Admin;

/// <summary>The admin's test buttons move the counter widgets: clicked in Chromium, watched on open widget pages.</summary>
[Trait("Category", "Browser")]
public sealed class TestButtonsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Test_viewers_moves_an_open_viewer_count_and_test_gifts_and_likes_reach_the_leaderboards()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var widgets = app.Get<WidgetInstanceService>();
        var viewers = widgets.Create(WidgetKinds.ViewerCount, "Viewers").Instance.Slug;
        var gifters = widgets.Create(WidgetKinds.TopGifters, "Gifters").Instance.Slug;
        var likers = widgets.Create(WidgetKinds.TopLikers, "Likers").Instance.Slug;
        await using var context = await browser.NewContextAsync(1280, 1000);
        var viewerPage = await LiveWidgetPage.OpenAsync(context, app.PageUrl(viewers));
        var gifterPage = await LiveWidgetPage.OpenAsync(context, app.PageUrl(gifters));
        var likerPage = await LiveWidgetPage.OpenAsync(context, app.PageUrl(likers));
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(app.Url("admin").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });

        await admin.GetByTestId("test-viewers").ClickAsync();
        await Expect(viewerPage.Locator(".viewer-count .count")).ToHaveTextAsync(TestEventSender.FirstViewers.ToString());
        await admin.GetByTestId("test-viewers").ClickAsync();
        await Expect(viewerPage.Locator(".viewer-count .count")).ToHaveTextAsync((TestEventSender.FirstViewers + TestEventSender.ViewerStep).ToString());

        await admin.GetByTestId("test-gift").ClickAsync();
        await admin.GetByTestId("test-likes").ClickAsync();

        await Expect(gifterPage.Locator(".leaderboard .nickname")).ToHaveTextAsync([TestEventSender.Tester.Nickname]);
        await Expect(gifterPage.Locator(".leaderboard .score-value")).ToHaveTextAsync(["29,999"]);
        await Expect(likerPage.Locator(".leaderboard .score-value")).ToHaveTextAsync([TestEventSender.LikeBurst.ToString()]);
    }

    [Fact]
    public async Task Start_pk_end_pk_and_caption_show_on_the_open_pk_battle_and_captions_pages()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        await using var context = await browser.NewContextAsync(1280, 1000);
        var pk = await LiveWidgetPage.OpenAsync(context, app.PageUrl("pk-battle"));
        var captions = await LiveWidgetPage.OpenAsync(context, app.PageUrl("captions"));
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(app.Url("admin").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });

        await admin.GetByTestId("test-pk-start").ClickAsync();
        await Expect(pk.Locator(".contributor[data-mvp=true] .nickname").First).ToHaveTextAsync(TestEventSender.Tester.Nickname);
        await Expect(pk.Locator(".pk-battle .clock")).ToBeVisibleAsync();
        await admin.GetByTestId("test-pk-end").ClickAsync();
        await Expect(pk.Locator(".pk-battle .result")).ToHaveTextAsync("Victory!");

        await admin.GetByTestId("test-caption").ClickAsync();
        await Expect(captions.Locator(".captions .line")).ToHaveTextAsync(["Test caption from the admin 👋"]);
    }
}
