using Overlay.Web.Widgets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Overlay.Tests.Admin;
using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Widgets.ChatTicker;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>Chat ticker options, URL overrides and OBS awareness on the real page in headless Chromium.</summary>
[Trait("Category", "Browser")]
public sealed class ChatOptionsTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string AllAnimationsPaused = "() => document.getAnimations().length > 0 && document.getAnimations().every(a => a.playState === 'paused')";
    private const string AnimationRunning = "() => document.getAnimations().some(a => a.playState === 'running')";

    private static JsonObject Viewer(string name, bool moderator = false) =>
        new() { ["uniqueId"] = name, ["nickname"] = name, ["userId"] = "id-" + name, ["isModerator"] = moderator };

    [Fact]
    public async Task Upstream_chat_is_filtered_highlighted_and_fades_after_its_lifetime()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        h.App.Get<WidgetInstanceService>().UpdateSettings("chat-ticker", new ChatTickerSettings
        {
            HideCommands = true, BlockedWords = "spoiler, bad word", HighlightModerators = true, MessageLifetimeSeconds = 30,
        });
        await using var context = await browser.NewContextAsync(800, 400);
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("chat-ticker"));

        await socket.SendTextAsync(Frames.Chat("!song please").Set("user", Viewer("cmd")).Id("c1"), Ct);
        await socket.SendTextAsync(Frames.Chat("no SPOILER please").Set("user", Viewer("blk")).Id("c2"), Ct);
        await socket.SendTextAsync(Frames.Chat("keep it friendly 🌸").Set("user", Viewer("Mod Maya", moderator: true)).Id("c3"), Ct);
        await socket.SendTextAsync(Frames.Chat("a bad wordsmith is fine").Set("user", Viewer("viewer")).Id("c4"), Ct);

        await Expect(page.Locator(".chat-ticker .comment")).ToHaveTextAsync(["keep it friendly 🌸", "a bad wordsmith is fine"]);
        await Expect(page.Locator(".row[data-highlight='moderator'] .nickname")).ToHaveTextAsync("Mod Maya");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "chat-options-highlight.png") });

        h.Time.Advance(TimeSpan.FromSeconds(30));

        await Expect(page.Locator(".chat-ticker .row")).ToHaveCountAsync(0);
        await page.WaitForFunctionAsync("() => document.getAnimations().filter(a => a.playState === 'running').length === 0");
    }

    [Fact]
    public async Task Url_query_overrides_rows_colours_and_commands_on_that_page_only()
    {
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: Ct);
        var sender = app.Get<TestEventSender>();
        foreach (var text in new[] { "one", "two", "!cmd", "three" })
        {
            sender.SendChat(text);
        }
        await using var context = await browser.NewContextAsync(800, 600);
        var plain = await LiveWidgetPage.OpenAsync(context, app.PageUrl("chat-ticker"));
        var custom = await LiveWidgetPage.OpenAsync(context,
            app.PageUrl("chat-ticker") + "?rows=2&accent=%23ff0000&text=rgb(0,255,0)&size=24&bg=url(x)&hideCommands=1");

        await Expect(custom.Locator(".chat-ticker .comment")).ToHaveTextAsync(["two", "three"]);
        await Expect(custom.Locator(".chat-ticker .nickname").First).ToHaveCSSAsync("color", "rgb(255, 0, 0)");
        await Expect(custom.Locator(".chat-ticker")).ToHaveCSSAsync("color", "rgb(0, 255, 0)");
        await Expect(custom.Locator(".chat-ticker")).ToHaveCSSAsync("font-size", "24px");
        await Expect(plain.Locator(".chat-ticker .comment")).ToHaveTextAsync(["one", "two", "!cmd", "three"]);
        await Expect(plain.Locator(".chat-ticker .nickname").First).Not.ToHaveCSSAsync("color", "rgb(255, 0, 0)");
    }

    [Fact]
    public async Task Hidden_obs_source_pauses_animations_and_sound_and_resumes_them()
    {
        var root = TestContentRoot.Create();
        SoundsRoot.Fill(Path.Combine(root, "wwwroot"), "loop.wav");
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: Ct);
        app.Get<WidgetInstanceService>().UpdateSettings("chat-ticker", new ChatTickerSettings { MessageLifetimeSeconds = 600 });
        await using var obs = await browser.LaunchAsync("--autoplay-policy=no-user-gesture-required");
        var context = await obs.NewContextAsync(new() { ViewportSize = new() { Width = 800, Height = 600 } });
        // What OBS's browser source provides before any page script runs.
        await context.AddInitScriptAsync("window.obsstudio = { pluginVersion: '30.0.0' };");
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("chat-ticker"));
        app.Get<TestEventSender>().SendChat("hello");
        await Expect(page.Locator(".chat-ticker .row")).ToHaveCountAsync(1);
        // A playing alert sound, as the gift alert renders it (looped so it is still playing when the source hides).
        await page.EvaluateAsync("""
            () => document.body.insertAdjacentHTML("beforeend", '<audio data-overlay-sound data-volume="0" loop src="/sounds/loop.wav"></audio>')
            """);
        await page.WaitForFunctionAsync("() => !document.querySelector('audio[data-overlay-sound]').paused");
        await page.WaitForFunctionAsync(AnimationRunning);

        await page.EvaluateAsync("() => window.dispatchEvent(new CustomEvent('obsSourceVisibleChanged', { detail: { visible: false } }))");
        await page.WaitForFunctionAsync(AllAnimationsPaused);
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('audio[data-overlay-sound]').paused"));

        await page.EvaluateAsync("() => window.dispatchEvent(new CustomEvent('obsSourceVisibleChanged', { detail: { visible: true } }))");
        await page.WaitForFunctionAsync(AnimationRunning);
        await page.WaitForFunctionAsync("() => !document.querySelector('audio[data-overlay-sound]').paused");

        // Older OBS versions call the callbacks instead of dispatching events.
        await page.EvaluateAsync("() => window.obsstudio.onActiveChange(false)");
        await page.WaitForFunctionAsync(AllAnimationsPaused);
        await page.EvaluateAsync("() => window.obsstudio.onActiveChange(true)");
        await page.WaitForFunctionAsync(AnimationRunning);
    }

    [Fact]
    public async Task A_normal_browser_pauses_on_a_hidden_tab_the_same_way()
    {
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: Ct);
        app.Get<WidgetInstanceService>().UpdateSettings("chat-ticker", new ChatTickerSettings { MessageLifetimeSeconds = 600 });
        await using var context = await browser.NewContextAsync(800, 600);
        await context.AddInitScriptAsync("""
            window.fakeHidden = false;
            Object.defineProperty(Document.prototype, "hidden", { get: () => window.fakeHidden, configurable: true });
            """);
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("chat-ticker"));
        Assert.False(await page.EvaluateAsync<bool>("() => 'obsstudio' in window"));
        app.Get<TestEventSender>().SendChat("hello");
        await page.WaitForFunctionAsync(AnimationRunning);

        await page.EvaluateAsync("() => { window.fakeHidden = true; document.dispatchEvent(new Event('visibilitychange')); }");
        await page.WaitForFunctionAsync(AllAnimationsPaused);
        await page.EvaluateAsync("() => { window.fakeHidden = false; document.dispatchEvent(new Event('visibilitychange')); }");
        await page.WaitForFunctionAsync(AnimationRunning);
    }
}
