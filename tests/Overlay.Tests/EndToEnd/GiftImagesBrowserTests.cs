using Microsoft.Playwright;
using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Events;
using Overlay.Web.Gifts;
using Overlay.Web.Widgets;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>
/// Gift icons and the gift grid in Chromium, over a real upstream socket, with a fake CDN on 127.0.0.1: the alert
/// shows the app's cached copy (the CDN is asked once for two alerts), and a variation made from the gift grid then
/// fires for that gift.
/// </summary>
[Trait("Category", "Browser")]
public sealed class GiftImagesBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private FakeHttpServer _cdn = null!;

    public async ValueTask InitializeAsync()
    {
        _cdn = await FakeHttpServer.StartAsync(Ct);
        _cdn.Map("/rose.png", c => FakeHttpServer.WriteAsync(c, "image/png", TestImages.Png));
        _cdn.Map("/lion.png", c => FakeHttpServer.WriteAsync(c, "image/png", TestImages.OtherPng));
    }

    public async ValueTask DisposeAsync() => await _cdn.DisposeAsync();

    [Fact]
    public async Task The_gift_alert_shows_the_gifts_cached_icon_and_the_cdn_is_asked_once_for_two_alerts()
    {
        await using var h = await StartAsync();
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("gift-alert"));

        for (var i = 1; i <= 2; i++)
        {
            await socket.SendTextAsync(Frames.Gift("Rose").From("ana" + i, "Ana " + i).Group("g" + i).Id("rose-" + i)
                .Repeat(3).Ended().Picture(_cdn.Url("/rose.png")), Ct);
            var icon = page.Locator($".alert[data-alert-id='{i}'] img.gift-img");
            await Expect(icon).ToHaveAttributeAsync("alt", "Rose");
            await Expect(icon).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/gift-images/[0-9a-f]{64}$"));
            await page.WaitForFunctionAsync("() => { const i = document.querySelector('img.gift-img'); return i && i.complete && i.naturalWidth > 0; }");
            Assert.Equal(16, await icon.EvaluateAsync<int>("i => i.naturalWidth"));
            h.Time.Advance(TimeSpan.FromSeconds(5));
            await Expect(page.Locator(".alert")).ToHaveCountAsync(0);
        }

        Assert.Equal(1, _cdn.Hits("/rose.png"));
        await socket.SendTextAsync(Frames.Gift("Rose").From("ana3", "Ana 3").Group("g3").Id("rose-3").Repeat(3).Ended().Picture(_cdn.Url("/rose.png")), Ct);
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('img.gift-img'); return i && i.complete && i.naturalWidth > 0 && document.getAnimations().every(a => a.playState !== 'running' || a.currentTime >= 450); }");
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "alert-gift-icon.png") });
        Assert.DoesNotContain(_cdn.BaseUri.Authority, await page.ContentAsync());
    }

    [Fact]
    public async Task A_gift_without_a_reachable_picture_shows_the_placeholder_cleanly()
    {
        await using var h = await StartAsync();
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("gift-alert"));

        await socket.SendTextAsync(Frames.Gift("Galaxy", giftId: 11046, diamonds: 1000).From("bo", "Bo").Id("g-1").Single()
            .Picture(_cdn.Url("/missing.png")), Ct);

        var icon = page.Locator(".alert img.gift-img");
        await Expect(icon).ToHaveAttributeAsync("alt", "Galaxy");
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('img.gift-img'); return i && i.complete && i.naturalWidth > 0; }");
        Assert.Equal(64, await icon.EvaluateAsync<int>("i => i.naturalWidth"));
    }

    [Fact]
    public async Task The_gift_grid_creates_a_variation_that_then_fires_for_that_gift()
    {
        await using var h = await StartAsync();
        var socket = await h.NextConnectedAttemptAsync(Ct);
        var learned = h.App.Get<EventHub>().WaitForAsync(e => e is GiftComboEvent { Phase: ComboPhase.Finished, GiftName: "Lion" }, Ct);
        await socket.SendTextAsync(Frames.Gift("Lion", giftId: 6369, diamonds: 29_999).From("bo", "Bo").Id("l-1").Single().Picture(_cdn.Url("/lion.png")), Ct);
        await learned;
        // The alert fetched the picture; let it land before the clock jumps past the download timeout.
        var cache = h.App.Get<GiftImageCache>();
        Assert.NotNull(await cache.GetAsync(cache.KeyOf(_cdn.Url("/lion.png"))!, Ct));
        h.Time.Advance(TimeSpan.FromSeconds(10));
        await using var context = await browser.NewContextAsync(1280, 900);
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(h.App.Url("admin/gifts").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });

        var card = admin.Locator("[data-testid='gift-card'][data-gift-name='Lion']");
        await Expect(card.Locator("img")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/gift-images/[0-9a-f]{64}$"));
        await card.Locator("img").EvaluateAsync("i => i.decode()");
        Assert.Equal(24, await card.Locator("img").EvaluateAsync<int>("i => i.naturalWidth"));
        await card.ClickAsync();
        await Expect(admin.GetByTestId("gift-actions")).ToHaveAttributeAsync("data-gift-name", "Lion");
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await admin.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "admin-gifts.png") });
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (h.App.Get<WidgetInstanceService>().Subscribe(() => stored.TrySetResult()))
        {
            await admin.GetByTestId("gift-actions").GetByTestId("gift-create-variation").ClickAsync();
            await stored.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        }
        var rule = Assert.Single(Assert.IsType<GiftAlertSettings>(h.App.Get<WidgetInstanceService>().Find("gift-alert")!.Settings).Variations);
        Assert.Equal(("Lion", "Lion"), (rule.Name, rule.GiftName));

        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("gift-alert"));
        await socket.SendTextAsync(Frames.Gift("Lion", giftId: 6369, diamonds: 29_999).From("cy", "Cy").Id("l-2").Single().Picture(_cdn.Url("/lion.png")), Ct);

        await Expect(page.Locator(".alert[data-variation='Lion'] img.gift-img")).ToHaveAttributeAsync("alt", "Lion");
        h.Time.Advance(TimeSpan.FromSeconds(10));
        await Expect(page.Locator(".alert")).ToHaveCountAsync(0);
        await socket.SendTextAsync(Frames.Gift("Rose").From("di", "Di").Group("r").Id("r-1").Repeat(1).Ended(), Ct);
        await Expect(page.Locator(".alert .gift")).ToHaveTextAsync("Rose");
        Assert.Null(await page.Locator(".alert").GetAttributeAsync("data-variation"));
    }

    [Fact]
    public async Task The_gift_grid_puts_a_gift_in_a_goal_and_its_test_gift_fills_it_with_the_gift_icon()
    {
        await using var h = await StartAsync();
        var socket = await h.NextConnectedAttemptAsync(Ct);
        var learned = h.App.Get<EventHub>().WaitForAsync(e => e is GiftComboEvent { Phase: ComboPhase.Finished, GiftName: "Rose" }, Ct);
        await socket.SendTextAsync(Frames.Gift("Rose").From("ana", "Ana").Group("r").Id("r-1").Repeat(2).Ended().Picture(_cdn.Url("/rose.png")), Ct);
        await learned;
        await using var context = await browser.NewContextAsync(1280, 900);
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(h.App.Url("admin/gifts").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await Input(admin, "gift-search").FillAsync("ros");
        await Expect(admin.GetByTestId("gift-card")).ToHaveCountAsync(1);
        await admin.Locator("[data-testid='gift-card'][data-gift-name='Rose']").ClickAsync();

        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (h.App.Get<WidgetInstanceService>().Subscribe(() => stored.TrySetResult()))
        {
            await admin.GetByTestId("gift-use-in-goal").ClickAsync();
            await stored.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        }
        var goal = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("like-goal"));
        await Expect(goal.Locator(".like-goal[data-metric='Gift'] img.gift-img")).ToHaveAttributeAsync("alt", "Rose");
        await Input(admin, "gift-test-count").FillAsync("7");
        await admin.GetByTestId("gift-send-test").ClickAsync();

        await Expect(goal.Locator(".like-goal .current")).ToHaveTextAsync("7");
        await goal.WaitForFunctionAsync("() => { const i = document.querySelector('.like-goal img.gift-img'); return i && i.complete && i.naturalWidth > 0; }");
        Assert.Equal("Rose goal", Assert.IsType<LikeGoalSettings>(h.App.Get<WidgetInstanceService>().Find("like-goal")!.Settings).Title);
    }

    // MudBlazor puts a field's attributes on the input itself, or on its wrapper: accept either.
    private static ILocator Input(IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], [data-testid='{testId}'] input").First;

    private static Task<UpstreamHarness> StartAsync() =>
        UpstreamHarness.StartAsync(Ct, new Dictionary<string, string?> { ["GiftImages:LoopbackOnly"] = "true" });
}
