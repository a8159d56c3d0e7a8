using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;
using Overlay.Web.Protocol;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>
/// The PK battle widget over a real upstream socket (protocol.md §10): the app runs on a fake clock, so the time
/// left it renders is exact; the page then counts down on its own clock, with no server render per second.
/// </summary>
[Trait("Category", "Browser")]
public sealed class PkBattleBrowserTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static IReadOnlyList<WireFrameWriter.Host> Hosts(long left, long right) =>
    [
        new("h-left", left, 0, [new("u1", "Ana 🌸", left * 2 / 3), new("u2", "Bo", left / 3)]),
        new("h-right", right, 1, [new("u3", "ليلى 🌙", right)]),
    ];

    [Fact]
    public async Task Pk_widget_shows_both_scores_the_mvp_and_time_left_then_the_winner()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("pk-battle"));
        await Expect(page.Locator(".pk-battle")).ToHaveCountAsync(0);
        var now = h.Time.GetUtcNow();

        await socket.SendTextAsync(WireFrameWriter.Battle("b-1", "pk-1", 1, 300, now), Ct);
        await socket.SendTextAsync(WireFrameWriter.BattleArmies("a-1", "pk-1", now, 90, 300, Hosts(1_500, 700)), Ct);

        await Expect(page.Locator(".pk-battle .score")).ToHaveTextAsync(["1,500", "700"]);
        await Expect(page.Locator(".contributor[data-mvp=true] .nickname")).ToHaveTextAsync(["Ana 🌸", "ليلى 🌙"]);
        await Expect(page.Locator(".pk-battle .clock")).ToHaveTextAsync("1:30");

        // The page counts down by itself: the text moves on while the server sends no render.
        var renders = h.App.Get<OverlayMetrics>().WidgetRenders;
        await Expect(page.Locator(".pk-battle .clock")).ToHaveTextAsync("1:29");
        Assert.Equal(renders, h.App.Get<OverlayMetrics>().WidgetRenders);

        await socket.SendTextAsync(WireFrameWriter.BattleArmies("a-2", "pk-1", now, 0, 300, Hosts(1_500, 2_100)), Ct);
        await socket.SendTextAsync(WireFrameWriter.Battle("b-2", "pk-1", 3, 300, now), Ct);

        await Expect(page.Locator(".pk-battle .result")).ToHaveTextAsync("Defeat");
        await Expect(page.Locator(".pk-battle")).ToHaveAttributeAsync("data-outcome", "right");
        await Expect(page.Locator(".pk-battle .clock")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Countdown_stops_while_obs_hides_the_source_and_shows_the_real_time_left_after()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 600);
        await context.AddInitScriptAsync("window.obsstudio = { pluginVersion: '30.0.0' };");
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("pk-battle"));
        // The page's timers on Playwright's clock, so "nothing ran while hidden" is a fact, not a wait.
        await page.Clock.InstallAsync();
        var now = h.Time.GetUtcNow();
        await socket.SendTextAsync(WireFrameWriter.BattleArmies("a-1", "pk-1", now, 90, 300, Hosts(10, 20)), Ct);
        await Expect(page.Locator(".pk-battle .clock")).ToHaveTextAsync("1:30");

        await page.EvaluateAsync("() => window.dispatchEvent(new CustomEvent('obsSourceVisibleChanged', { detail: { visible: false } }))");
        await page.Clock.RunForAsync(10_000);
        var whileHidden = await page.Locator(".pk-battle .clock").TextContentAsync();
        await page.EvaluateAsync("() => window.dispatchEvent(new CustomEvent('obsSourceVisibleChanged', { detail: { visible: true } }))");

        Assert.Equal("1:30", whileHidden);
        await Expect(page.Locator(".pk-battle .clock")).ToHaveTextAsync("1:20");
    }

    [Fact]
    public async Task Hostile_nicknames_in_a_pk_show_as_text_and_run_nothing()
    {
        const string hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { Interlocked.Increment(ref dialogs); _ = dialog.DismissAsync(); };
        await LiveWidgetPage.GotoAsync(page, h.App.PageUrl("pk-battle"));

        await socket.SendTextAsync(WireFrameWriter.BattleArmies("a-1", "pk-1", h.Time.GetUtcNow(), 60, 300,
            [new("h", 5, 0, [new("u", hostile, 5)]), new("r", 1, 1, [])]), Ct);

        await Expect(page.Locator(".contributor .nickname")).ToHaveTextAsync([hostile]);
        Assert.Equal(0, await page.Locator(".pk-battle img, .pk-battle script").CountAsync());
        Assert.Equal(0, dialogs);
    }
}
