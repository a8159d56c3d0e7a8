using Overlay.Web.Widgets;
using Microsoft.Playwright;
using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Widgets.GiftAlert;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>
/// The alert box over a real upstream socket in headless Chromium: a follow and a big gift show their own text
/// and carry their own sound; a hostile nickname stays text. Screenshots of each type go to the test output.
/// </summary>
[Trait("Category", "Browser")]
public sealed class AlertBoxTests(BrowserFixture browser)
{
    private const string Hostile = "<img src=x onerror=alert(1)>";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly GiftAlertSettings Settings = new()
    {
        DisplaySeconds = 5,
        SoundEnabled = true,
        SoundFile = "chime.wav",
        GiftTemplate = "{nickname} sent {giftName} ×{count}",
        Follow = new AlertTypeSettings { Template = "{nickname} just followed!", SoundEnabled = true, SoundFile = "follow.wav", SoundVolume = 30 },
        Share = new AlertTypeSettings { Template = "{nickname} shared the LIVE!" },
        Subscribe = new AlertTypeSettings { Template = "{nickname} subscribed for {count} months!" },
        Join = new AlertTypeSettings { Template = "Welcome {nickname}!" },
        Variations = [new GiftVariation { Name = "big", MinDiamonds = 100, Template = "BIG GIFT! {nickname} sent {diamonds} diamonds", SoundFile = "big.wav", SoundVolume = 100, AccentColor = "#ffd84d", DisplaySeconds = 8 }],
    };

    [Fact]
    public async Task A_follow_and_a_big_gift_show_their_text_and_sound_and_a_hostile_nickname_stays_text()
    {
        await using var h = await StartAsync();
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { Interlocked.Increment(ref dialogs); _ = dialog.DismissAsync(); };
        await LiveWidgetPage.GotoAsync(page, h.App.PageUrl("gift-alert"));

        await socket.SendTextAsync(Frames.Follow().From("hostile", Hostile).Id("f-1"), Ct);

        var alert = page.Locator(".alert[data-kind='follow']");
        await Expect(alert.Locator(".message")).ToHaveTextAsync($"{Hostile} just followed!");
        await Expect(alert.Locator(".ph-nickname")).ToHaveTextAsync(Hostile);
        await Expect(alert.Locator("audio.alert-sound")).ToHaveAttributeAsync("src", "/sounds/follow.wav");
        await Expect(alert.Locator("audio.alert-sound")).ToHaveAttributeAsync("data-volume", "0.3");
        Assert.Equal(0, await page.Locator(".gift-alert img:not(.alert-img), .gift-alert script").CountAsync());

        h.Time.Advance(TimeSpan.FromSeconds(5));
        await Expect(page.Locator(".alert")).ToHaveCountAsync(0);
        await socket.SendTextAsync(Frames.Gift("Lion", diamonds: 100).From("whale", "Big Whale").Group("w").Id("g-1").Repeat(1).Ended(), Ct);

        var big = page.Locator(".alert[data-variation='big']");
        await Expect(big.Locator(".message")).ToHaveTextAsync("BIG GIFT! Big Whale sent 100 diamonds");
        await Expect(big.Locator("audio.alert-sound")).ToHaveAttributeAsync("src", "/sounds/big.wav");
        // The text says {diamonds}, so the badge would only repeat the number.
        await Expect(big.Locator(".diamonds")).ToHaveCountAsync(0);
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Screenshots_of_each_alert_type_and_a_big_variation()
    {
        await using var h = await StartAsync();
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("gift-alert"));
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        var shots = new (string Name, string Frame, string Expect)[]
        {
            ("follow", Frames.Follow().From("u1", "Cool Viewer 🌸").Id("s-1"), "followed"),
            ("share", Frames.Share().From("u2", "Mia").Id("s-2"), "shared"),
            ("subscribe", Frames.Subscribe(3).From("u3", "Leo").Id("s-3"), "3 months"),
            ("join", Frames.Member().From("u4", "Sam").Id("s-4"), "Welcome"),
            ("gift", Frames.Gift("Rose").From("u5", "Ana").Group("r").Id("s-5").Repeat(5).Ended(), "Rose"),
            ("big", Frames.Gift("Lion", diamonds: 29_999).From("u6", "Big Whale").Group("l").Id("s-6").Repeat(1).Ended(), "BIG GIFT"),
        };
        foreach (var (name, frame, text) in shots)
        {
            await socket.SendTextAsync(frame, Ct);
            await Expect(page.Locator(".alert")).ToContainTextAsync(text);
            // Past the enter animation; the exit starts seconds later on the fake clock only.
            await page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running' || a.currentTime >= 450)");
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, $"alert-{name}.png") });
            h.Time.Advance(TimeSpan.FromSeconds(10));
            await Expect(page.Locator(".alert")).ToHaveCountAsync(0);
        }
    }

    private static async Task<UpstreamHarness> StartAsync()
    {
        var root = TestContentRoot.Create();
        SoundsRoot.Fill(Path.Combine(root, "wwwroot"), "chime.wav", "follow.wav", "big.wav");
        var h = await UpstreamHarness.StartAsync(Ct, contentRoot: root);
        h.App.Get<WidgetInstanceService>().UpdateSettings("gift-alert", Settings);
        return h;
    }
}
