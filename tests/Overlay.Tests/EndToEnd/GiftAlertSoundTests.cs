using Overlay.Web.Widgets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Overlay.Tests.Admin;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Widgets.GiftAlert;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>
/// The alert sound in real Chromium. OBS lets pages autoplay, so that browser is launched with the same policy;
/// a page script counts every play() call with its source, volume and how many other alert sounds were playing.
/// </summary>
[Trait("Category", "Browser")]
public sealed class GiftAlertSoundTests(BrowserFixture browser)
{
    private const string CountPlays = """
        window.plays = [];
        const play = HTMLMediaElement.prototype.play;
        HTMLMediaElement.prototype.play = function () {
            const others = [...document.querySelectorAll("audio")].filter(a => a !== this && !a.paused).length;
            window.plays.push({ src: this.getAttribute("src"), volume: this.volume, others });
            return play.call(this);
        };
        """;

    private sealed record Play(string Src, double Volume, int Others);

    [Fact]
    public async Task Each_alert_plays_the_chosen_sound_once_at_its_volume_and_the_next_waits_for_its_alert()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await StartAsync(time, ct);
        app.Get<WidgetInstanceService>().UpdateSettings("gift-alert",
            new GiftAlertSettings { SoundEnabled = true, SoundFile = "soft.wav", SoundVolume = 40, DisplaySeconds = 5 });
        await using var obsLike = await browser.LaunchAsync("--autoplay-policy=no-user-gesture-required");
        var page = await OpenAsync(obsLike, app);
        var sender = app.Get<TestEventSender>();

        sender.SendGift();
        sender.SendGift();
        await Expect(page.Locator(".alert")).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync("() => window.plays.length >= 1");
        var first = await PlaysAsync(page);

        time.Advance(TimeSpan.FromSeconds(5));
        await Expect(page.Locator(".alert[data-alert-id='2']")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => window.plays.length >= 2");
        time.Advance(TimeSpan.FromSeconds(5));
        await Expect(page.Locator(".alert")).ToHaveCountAsync(0);
        var all = await PlaysAsync(page);

        Assert.Equal([new Play("/sounds/soft.wav", 0.4, 0)], first);
        Assert.Equal([new Play("/sounds/soft.wav", 0.4, 0), new Play("/sounds/soft.wav", 0.4, 0)], all);
    }

    [Fact]
    public async Task Sound_off_or_a_file_not_in_the_folder_plays_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await StartAsync(time, ct);
        var service = app.Get<WidgetInstanceService>();
        await using var obsLike = await browser.LaunchAsync("--autoplay-policy=no-user-gesture-required");
        var page = await OpenAsync(obsLike, app);
        var sender = app.Get<TestEventSender>();

        service.UpdateSettings("gift-alert", new GiftAlertSettings { SoundEnabled = false, SoundFile = "soft.wav" });
        sender.SendGift();
        await Expect(page.Locator(".alert")).ToHaveCountAsync(1);
        time.Advance(TimeSpan.FromSeconds(5));
        service.UpdateSettings("gift-alert", new GiftAlertSettings { SoundEnabled = true, SoundFile = "missing.wav" });
        sender.SendGift();
        await Expect(page.Locator(".alert[data-alert-id='2']")).ToBeVisibleAsync();

        Assert.Equal(0, await page.Locator("audio").CountAsync());
        Assert.Empty(await PlaysAsync(page));
    }

    [Fact]
    public async Task With_autoplay_blocked_the_stream_output_shows_nothing_extra()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await StartAsync(time, ct);
        app.Get<WidgetInstanceService>().UpdateSettings("gift-alert", new GiftAlertSettings { SoundEnabled = true, SoundFile = "soft.wav" });
        // Headless Chromium autoplays whatever the policy switch says, so the page gets a play() that refuses
        // the way a browser tab without a user gesture does.
        await using var context = await browser.NewContextAsync(800, 600);
        await context.AddInitScriptAsync(CountPlays + """
            HTMLMediaElement.prototype.play = function () {
                window.plays.push({ src: this.getAttribute("src"), volume: this.volume, others: 0 });
                return Promise.reject(new DOMException("play() needs a user gesture", "NotAllowedError"));
            };
            """);
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("gift-alert"));

        app.Get<TestEventSender>().SendGift();

        await Expect(page.Locator("html[data-sound='blocked']")).ToBeAttachedAsync();
        await Expect(page.Locator("audio.alert-sound")).ToBeHiddenAsync();
        await Expect(page.Locator(".alert")).ToBeVisibleAsync();
        await Expect(page.Locator("body")).Not.ToContainTextAsync(new System.Text.RegularExpressions.Regex("sound|autoplay|play|blocked", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        Assert.Equal(1, await PlaysCountAsync(page));
    }

    private static async Task<RunningApp> StartAsync(FakeTimeProvider time, CancellationToken ct)
    {
        var root = TestContentRoot.Create();
        SoundsRoot.Fill(Path.Combine(root, "wwwroot"), "soft.wav", "other.wav");
        return await RunningApp.StartAsync(QuietUpstream.Settings(), builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(time);
        }, contentRoot: root, cancellationToken: ct);
    }

    private static async Task<IPage> OpenAsync(IBrowser chromium, RunningApp app)
    {
        var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 800, Height = 600 } });
        await context.AddInitScriptAsync(CountPlays);
        return await LiveWidgetPage.OpenAsync(context, app.PageUrl("gift-alert"));
    }

    private static async Task<List<Play>> PlaysAsync(IPage page) =>
        JsonSerializer.Deserialize<List<Play>>(await page.EvaluateAsync<string>("() => JSON.stringify(window.plays)"), JsonSerializerOptions.Web)!;

    private static Task<int> PlaysCountAsync(IPage page) => page.EvaluateAsync<int>("() => window.plays.length");
}
