using System.Text.Json;
using Microsoft.Playwright;
using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Widgets;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.Tts;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>
/// Text to speech from a real upstream socket to real audio in Chromium: the app makes the clip with espeak-ng,
/// serves it, and the TTS page plays it. Chromium is launched with OBS's autoplay policy. Without espeak-ng the
/// same tests check that nothing plays and the app says no engine was found.
/// </summary>
[Trait("Category", "Browser")]
public sealed class TtsBrowserTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Every play() with its source, and for the TTS page the clip's duration once its metadata is in.
    private const string CountPlays = """
        window.plays = [];
        const play = HTMLMediaElement.prototype.play;
        HTMLMediaElement.prototype.play = function () {
            window.plays.push({ src: this.getAttribute("src"), tts: this.hasAttribute("data-tts") });
            return play.call(this);
        };
        """;

    private const string ClipDuration = """
        async () => {
            const audio = document.querySelector("audio[data-tts]");
            if (audio.readyState < 1) {
                await new Promise((resolve, reject) => {
                    audio.addEventListener("loadedmetadata", resolve, { once: true });
                    audio.addEventListener("error", () => reject(new Error("audio error " + audio.error?.code)), { once: true });
                });
            }
            return audio.duration;
        }
        """;

    private sealed record Play(string Src, bool Tts);

    [Fact]
    public async Task A_tts_chat_makes_the_page_play_a_wav_the_app_serves()
    {
        await using var h = await StartAsync(new TtsSettings { Enabled = true, ShowCaption = true, ChatTemplate = "{nickname} says {message}" });
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var obs = await browser.LaunchAsync("--autoplay-policy=no-user-gesture-required");
        var page = await OpenAsync(obs, h.App, "tts");
        var served = page.WaitForResponseAsync(r => r.Url.Contains("/tts/", StringComparison.Ordinal), new() { Timeout = 30_000 });

        await socket.SendTextAsync(Frames.Chat("!tts hello from the chat").From("ana", "Ana").Id("c-1"), Ct);

        if (!Espeak.Installed)
        {
            await AssertNoEngineAsync(h, page);
            return;
        }
        await Expect(page.Locator(".tts .caption")).ToHaveTextAsync("Ana says hello from the chat", new() { Timeout = 30_000 });
        var response = await served;
        var duration = await page.EvaluateAsync<double>(ClipDuration);
        await page.WaitForFunctionAsync("() => window.plays.length >= 1");
        var src = await page.Locator("audio[data-tts]").GetAttributeAsync("src");

        Assert.Matches("^/tts/[0-9a-f]{32}\\.wav$", src);
        Assert.EndsWith(src!, response.Url, StringComparison.Ordinal);
        Assert.Contains(response.Status, new[] { 200, 206 });
        Assert.Equal("audio/wav", (await response.AllHeadersAsync())["content-type"]);
        Assert.True(duration > 0.3, $"clip duration {duration}");
        Assert.Equal([new Play(src!, true)], await PlaysAsync(page));
    }

    [Fact]
    public async Task A_blocked_word_is_never_read()
    {
        await using var h = await StartAsync(new TtsSettings { Enabled = true, ShowCaption = true, BlockedWords = "darn", ChatTemplate = "{message}", ViewerCooldownSeconds = 0 });
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var obs = await browser.LaunchAsync("--autoplay-policy=no-user-gesture-required");
        var page = await OpenAsync(obs, h.App, "tts");

        await socket.SendTextAsync(Frames.Chat("!tts well DARN it").From("troll").Id("c-1"), Ct);
        await socket.SendTextAsync(Frames.Chat("!tts a kind message").From("fan").Id("c-2"), Ct);

        if (!Espeak.Installed)
        {
            await AssertNoEngineAsync(h, page);
            return;
        }
        await Expect(page.Locator(".tts .caption")).ToHaveTextAsync("a kind message", new() { Timeout = 30_000 });
        await page.WaitForFunctionAsync("() => window.plays.length >= 1");
        var state = h.App.Source<TtsView>("tts").Current;
        Assert.Empty(state.Waiting);
        Assert.Single(await PlaysAsync(page));
    }

    [Fact]
    public async Task A_gift_over_the_threshold_is_read_after_its_alert_sound()
    {
        await using var h = await StartAsync(new TtsSettings { Enabled = true, ShowCaption = true, MinGiftDiamonds = 100 });
        h.App.Get<WidgetInstanceService>().UpdateSettings("gift-alert",
            new GiftAlertSettings { SoundEnabled = true, SoundFile = "ding.wav", DisplaySeconds = 5 });
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var obs = await browser.LaunchAsync("--autoplay-policy=no-user-gesture-required");
        var alerts = await OpenAsync(obs, h.App, "gift-alert");
        var tts = await OpenAsync(obs, h.App, "tts");
        var source = h.App.Source<TtsView>("tts");

        await socket.SendTextAsync(Frames.Gift("Lion", diamonds: 500).From("whale", "Big Whale").Group("w").Id("g-1").Repeat(1).Ended(), Ct);

        await Expect(alerts.Locator(".alert audio.alert-sound")).ToHaveAttributeAsync("src", "/sounds/ding.wav");
        await alerts.WaitForFunctionAsync("() => window.plays.length >= 1");
        if (!Espeak.Installed)
        {
            await AssertNoEngineAsync(h, tts);
            return;
        }
        // The clip is made while the alert's sound plays, and waits for it.
        await source.WaitForAsync(v => v.Waiting.Count == 1 && v.Waiting[0].Ready, Ct, TimeSpan.FromSeconds(30));
        Assert.Equal(0, await tts.Locator("audio[data-tts]").CountAsync());
        Assert.Empty(await PlaysAsync(tts));

        h.Time.Advance(TimeSpan.FromSeconds(5));

        await Expect(tts.Locator(".tts .caption")).ToHaveTextAsync("Big Whale sent Lion ×1");
        Assert.True(await tts.EvaluateAsync<double>(ClipDuration) > 0.3);
        await tts.WaitForFunctionAsync("() => window.plays.length >= 1");
        Assert.Equal([new Play("/sounds/ding.wav", false)], await PlaysAsync(alerts));
        Assert.True((await PlaysAsync(tts)).Single().Tts);
    }

    private static async Task AssertNoEngineAsync(UpstreamHarness h, IPage page)
    {
        var status = h.App.Get<Overlay.Web.Tts.Synthesis.SpeechMaker>();
        await h.App.Source<TtsView>("tts").WaitForAsync(v => v.Waiting.Count == 0 && status.Status.Failures.ContainsKey("NoEngine"), Ct);
        Assert.False(status.Status.HasEngine);
        Assert.StartsWith("No speech engine found", status.Status.Problem, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("audio[data-tts]").CountAsync());
    }

    private static async Task<UpstreamHarness> StartAsync(TtsSettings settings)
    {
        var root = TestContentRoot.Create();
        SoundsRoot.Fill(Path.Combine(root, "wwwroot"), "ding.wav");
        var h = await UpstreamHarness.StartAsync(Ct, contentRoot: root);
        h.App.Get<WidgetInstanceService>().UpdateSettings("tts", settings);
        return h;
    }

    private static async Task<IPage> OpenAsync(IBrowser chromium, RunningApp app, string slug)
    {
        var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 800, Height = 600 } });
        await context.AddInitScriptAsync(CountPlays);
        return await LiveWidgetPage.OpenAsync(context, app.PageUrl(slug));
    }

    private static async Task<List<Play>> PlaysAsync(IPage page) =>
        JsonSerializer.Deserialize<List<Play>>(await page.EvaluateAsync<string>("() => JSON.stringify(window.plays)"), JsonSerializerOptions.Web)!;
}
