using Overlay.Web.Widgets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Overlay.Tests.Builders;
using Overlay.Tests.EndToEnd;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Widgets.GiftAlert;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Admin;

/// <summary>The alert box's admin in real Chromium: the gift variation editor and the preview's "Enable sound".</summary>
[Trait("Category", "Browser")]
public sealed class AlertBoxAdminBrowserTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_rule_added_in_the_editor_shows_big_on_the_widget_page_and_moving_and_removing_rules_saves_their_order()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct, contentRoot: TestContentRoot.Create());
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(1280, 900);
        var admin = await OpenEditorAsync(context, h.App, trustedClick: true);
        var editor = admin.GetByTestId("widget-editor");

        await editor.GetByTestId("add-rule").ClickAsync();
        await RuleInput(editor, 0, "rule-name").FillAsync("Mega");
        await RuleInput(editor, 0, "rule-min").FillAsync("100");
        await RuleInput(editor, 0, "rule-template").FillAsync("MEGA {nickname} ×{count}");
        await RuleInput(editor, 0, "rule-accent").FillAsync("#00e5ff");
        await SaveAsync(h.App, editor);
        var rule = Assert.Single(Saved(h.App).Variations);
        Assert.Equal(("Mega", 100L, "MEGA {nickname} ×{count}", "#00e5ff"), (rule.Name, rule.MinDiamonds, rule.Template, rule.AccentColor));

        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("gift-alert"));
        await socket.SendTextAsync(Frames.Gift("Rose", diamonds: 99).From("ana", "Ana").Group("a").Id("g-1").Repeat(1).Ended(), Ct);
        await Expect(page.Locator(".alert[data-kind='gift']")).ToBeVisibleAsync();
        await Expect(page.Locator(".alert[data-variation]")).ToHaveCountAsync(0);
        var normalSize = await page.Locator(".alert").EvaluateAsync<double>("a => parseFloat(getComputedStyle(a).fontSize)");
        h.Time.Advance(TimeSpan.FromSeconds(5));
        await Expect(page.Locator(".alert")).ToHaveCountAsync(0);
        await socket.SendTextAsync(Frames.Gift("Lion", diamonds: 100).From("whale", "Big Whale").Group("w").Id("g-2").Repeat(1).Ended(), Ct);
        var big = page.Locator(".alert[data-variation='Mega']");
        await Expect(big.Locator(".message")).ToHaveTextAsync("MEGA Big Whale ×1");
        Assert.True(await big.EvaluateAsync<double>("a => parseFloat(getComputedStyle(a).fontSize)") > normalSize);
        Assert.Contains("rgb(0, 229, 255)", await big.EvaluateAsync<string>("a => getComputedStyle(a).boxShadow"));

        await editor.GetByTestId("add-rule").ClickAsync();
        await RuleInput(editor, 1, "rule-name").FillAsync("Roses");
        await editor.Locator("[data-rule='1']").GetByRole(AriaRole.Button, new() { Name = "Move up" }).ClickAsync();
        await Expect(RuleInput(editor, 0, "rule-name")).ToHaveValueAsync("Roses");
        await SaveAsync(h.App, editor);
        Assert.Equal(["Roses", "Mega"], Saved(h.App).Variations.Select(r => r.Name));
        await editor.Locator("[data-rule='0']").GetByTestId("remove-rule").ClickAsync();
        await Expect(editor.Locator("[data-rule]")).ToHaveCountAsync(1);
        await SaveAsync(h.App, editor);
        Assert.Equal(["Mega"], Saved(h.App).Variations.Select(r => r.Name));
    }

    // A browser that refuses play() until the user clicked (a trusted click) in the top page; the preview iframe
    // reads its parent's flag, as a browser lets a same-origin iframe with allow="autoplay" play after the page's click.
    private const string StrictAutoplay = """
        window.plays = [];
        if (window.top === window) {
            window.userClicked = false;
            addEventListener("click", e => { if (e.isTrusted) window.userClicked = true; }, true);
        }
        const play = HTMLMediaElement.prototype.play;
        HTMLMediaElement.prototype.play = function () {
            const allowed = window.top.userClicked === true;
            window.plays.push({ src: this.getAttribute("src"), allowed });
            return allowed ? play.call(this) : Promise.reject(new DOMException("play() needs a user gesture", "NotAllowedError"));
        };
        """;

    [Fact]
    public async Task The_preview_offers_enable_sound_when_play_is_refused_and_after_the_click_the_next_alert_sounds_while_the_stream_page_shows_nothing()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var root = TestContentRoot.Create();
        SoundsRoot.Fill(Path.Combine(root, "wwwroot"), "soft.wav");
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), b => b.Services.AddSingleton<TimeProvider>(time), contentRoot: root, cancellationToken: Ct);
        app.Get<WidgetInstanceService>().UpdateSettings("gift-alert", new GiftAlertSettings { SoundEnabled = true, SoundFile = "soft.wav", DisplaySeconds = 5 });
        await using var context = await browser.NewContextAsync(1280, 1200);
        await context.AddInitScriptAsync(StrictAutoplay);
        var stream = await LiveWidgetPage.OpenAsync(context, app.PageUrl("gift-alert"));
        var admin = await OpenEditorAsync(context, app, trustedClick: false);
        var unlock = admin.GetByTestId("enable-sound");
        var preview = admin.GetByTestId("widget-preview").FrameLocator("iframe");
        await Expect(preview.Locator("html[data-connection='up'] .widget[data-live]")).ToBeAttachedAsync();
        await Expect(unlock).ToBeHiddenAsync();
        var sender = app.Get<TestEventSender>();

        sender.SendGift();
        await Expect(preview.Locator("html[data-sound='blocked']")).ToBeAttachedAsync();
        await Expect(unlock).ToBeVisibleAsync();
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await admin.GetByTestId("widget-editor").Locator(".widget-preview").ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "admin-enable-sound.png") });
        await Expect(stream.Locator("html[data-sound='blocked']")).ToBeAttachedAsync();
        await unlock.GetByRole(AriaRole.Button, new() { Name = "Enable sound" }).ClickAsync();
        await Expect(unlock).ToBeHiddenAsync();
        time.Advance(TimeSpan.FromSeconds(5));
        await Expect(preview.Locator(".alert")).ToHaveCountAsync(0);
        await preview.Locator("html").EvaluateAsync("() => { window.plays = []; document.documentElement.dataset.sound = ''; }");
        sender.SendGift();

        await Expect(preview.Locator(".alert[data-alert-id='2']")).ToBeVisibleAsync();
        await Expect(preview.Locator("html[data-sound='played']")).ToBeAttachedAsync();
        Assert.Equal("/sounds/soft.wav allowed", await preview.Locator("html").EvaluateAsync<string>("() => window.plays.map(p => p.src + (p.allowed ? ' allowed' : ' refused')).join()"));
        await Expect(unlock).ToBeHiddenAsync();
        Assert.Equal(0, await stream.Locator("button, [data-testid='enable-sound']").CountAsync());
        await Expect(stream.Locator("body")).Not.ToContainTextAsync(new System.Text.RegularExpressions.Regex("sound|enable|click", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    /// <summary>
    /// Opens the admin and the gift alert's editor. Without a trusted click the editor opens through a synthetic
    /// click (Blazor handles it; a browser does not count it as the user's gesture).
    /// </summary>
    private static async Task<IPage> OpenEditorAsync(IBrowserContext context, RunningApp app, bool trustedClick)
    {
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(app.Url("admin").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        var edit = admin.Locator("tr[data-slug='gift-alert']").GetByTestId("edit-widget");
        await (trustedClick ? edit.ClickAsync() : edit.DispatchEventAsync("click"));
        await Expect(admin.GetByTestId("widget-editor")).ToBeVisibleAsync();
        return admin;
    }

    private static ILocator RuleInput(ILocator editor, int rule, string testId) =>
        editor.Locator($"[data-rule='{rule}'] input[data-testid='{testId}'], [data-rule='{rule}'] [data-testid='{testId}'] input").First;

    /// <summary>Clicks Save and waits for the app to store the settings (the snackbar does not repeat a message).</summary>
    private static async Task SaveAsync(RunningApp app, ILocator editor)
    {
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = app.Get<WidgetInstanceService>().Subscribe(() => stored.TrySetResult());
        await editor.GetByTestId("save-settings").ClickAsync();
        await stored.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);
    }

    private static GiftAlertSettings Saved(RunningApp app) =>
        Assert.IsType<GiftAlertSettings>(app.Get<WidgetInstanceService>().Find("gift-alert")?.Settings);
}
