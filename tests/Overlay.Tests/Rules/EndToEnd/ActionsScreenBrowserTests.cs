using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Overlay.Tests.Builders;
using Overlay.Tests.EndToEnd;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Rules;
using Overlay.Web.Rules.Engine;
using Overlay.Web.Rules.Model;
using Overlay.Widgets.ChatTicker;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Rules.EndToEnd;

/// <summary>
/// Rules end to end: a real upstream socket sends frames, the real app runs its rules, and the actions screen in
/// Chromium (with OBS's autoplay policy) shows the media and plays the sound; the admin's Test button too.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ActionsScreenBrowserTests(BrowserFixture browser)
{
    private const string CountPlays = """
        window.plays = [];
        const play = HTMLMediaElement.prototype.play;
        HTMLMediaElement.prototype.play = function () {
            if (this.tagName === "AUDIO") window.plays.push(this.getAttribute("src"));
            return play.call(this);
        };
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Rule RoseRule => new()
    {
        Name = "Rose party",
        Trigger = new RuleTrigger { Kind = TriggerKind.Gift, GiftIds = ["5655"] },
        Actions = [new RuleAction { Kind = ActionKind.ShowMedia, Screen = "actions-screen", ImageFile = SampleMedia.Image, SoundFile = "chime.wav", Volume = 50, Text = "{nickname} sent {count} {giftName}", Seconds = 4 }],
    };

    [Fact]
    public async Task A_rose_rule_shows_the_gif_and_plays_the_sound_once_per_finished_combo()
    {
        await using var h = await StartAsync();
        var rule = h.App.Get<RuleBook>().Save(RoseRule);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var obsLike = await browser.LaunchAsync("--autoplay-policy=no-user-gesture-required");
        var screen = await OpenScreenAsync(obsLike, h);

        await socket.SendTextAsync(Frames.RoomInfo("room-1", "LIVE", 100, 0), Ct);
        for (var count = 1; count <= 3; count++)
        {
            await socket.SendTextAsync(Frames.Gift("Rose").From("gifter", "Gift Sender").Group("g").Id($"g{count}").Repeat(count), Ct);
        }
        await socket.SendTextAsync(Frames.Gift("Rose").From("gifter", "Gift Sender").Group("g").Id("g-end").Repeat(3).Ended(), Ct);
        await socket.SendTextAsync(Frames.Gift("Lion", 6369, 29_999).Single().From("gifter", "Gift Sender").Id("lion"), Ct);

        await Expect(screen.Locator(".actions-screen .item img.item-img")).ToHaveAttributeAsync("src", "/images/" + SampleMedia.Image);
        await Expect(screen.Locator(".actions-screen .item-text")).ToHaveTextAsync("Gift Sender sent 3 Rose");
        await screen.WaitForFunctionAsync("() => window.plays.length >= 1");
        var status = await WaitForRunsAsync(h, rule.Id, 1);
        h.Time.Advance(TimeSpan.FromSeconds(4));
        await Expect(screen.Locator(".actions-screen .item")).ToHaveCountAsync(0);

        Assert.Equal(1, status.Runs);
        Assert.Equal(["/sounds/chime.wav"], await screen.EvaluateAsync<string[]>("() => window.plays"));
        Assert.Equal(0, h.App.Get<Web.Widgets.WidgetRegistry>().Find("actions-screen")!.Source.Current is Overlay.Widgets.ActionsScreen.ActionsScreenView v ? v.Queued : -1);
    }

    [Fact]
    public async Task The_admin_test_button_fires_the_rule_through_the_pipeline()
    {
        await using var h = await StartAsync();
        var rule = h.App.Get<RuleBook>().Save(RoseRule with { Conditions = new RuleConditions { OnlyWhileLive = true, MinRole = ChatRole.Moderator } });
        await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(1400, 1000);
        var screen = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("actions-screen"));
        var alert = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("gift-alert"));
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(h.App.Url("admin/actions").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });

        await admin.Locator($"[data-rule-id='{rule.Id}'] [data-testid=rule-test]").ClickAsync();

        await Expect(screen.Locator(".actions-screen .item-text")).ToHaveTextAsync("Test Viewer ✨ sent 1 Rose");
        await Expect(alert.Locator(".alert")).ToContainTextAsync("Rose");
        await Expect(admin.Locator($"[data-rule-id='{rule.Id}'] [data-testid=rule-last-fired]")).ToContainTextAsync("(1×)");
    }

    [Fact]
    public async Task A_chat_command_rule_with_a_moderator_condition_ignores_other_viewers()
    {
        await using var h = await StartAsync();
        var rule = h.App.Get<RuleBook>().Save(new Rule
        {
            Name = "Hydrate",
            Trigger = new RuleTrigger { Kind = TriggerKind.ChatCommand, Command = "!hydrate" },
            Conditions = new RuleConditions { MinRole = ChatRole.Moderator },
            Actions = [new RuleAction { Kind = ActionKind.ShowMedia, Text = "{nickname}: drink water! {args}" }],
        });
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(1280, 720);
        var screen = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("actions-screen"));

        await socket.SendTextAsync(Frames.Chat("!hydrate now").From("fan", "Just A Fan").Id("c1"), Ct);
        await socket.SendTextAsync(Frames.Chat("!hydrate now").Set("user", Moderator()).Id("c2"), Ct);

        await Expect(screen.Locator(".actions-screen .item-text")).ToHaveTextAsync("Mod Mia: drink water! now");
        Assert.Equal(1, (await WaitForRunsAsync(h, rule.Id, 1)).Runs);
    }

    private static JsonObject Moderator() => new() { ["uniqueId"] = "mia", ["nickname"] = "Mod Mia", ["userId"] = "77", ["isModerator"] = true };

    private static async Task<UpstreamHarness> StartAsync()
    {
        var root = SampleMedia.CopyInto(TestContentRoot.Create());
        SoundsRoot.Fill(Path.Combine(root, "wwwroot"), "chime.wav");
        return await UpstreamHarness.StartAsync(Ct, contentRoot: root);
    }

    private static async Task<IPage> OpenScreenAsync(IBrowser chromium, UpstreamHarness h)
    {
        var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        await context.AddInitScriptAsync(CountPlays);
        return await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("actions-screen"));
    }

    private static async Task<RuleStatus> WaitForRunsAsync(UpstreamHarness h, long ruleId, int runs)
    {
        var board = h.App.Get<RuleStatusBoard>();
        var done = new TaskCompletionSource<RuleStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = board.Subscribe(() =>
        {
            if (board.For(ruleId).Runs >= runs)
            {
                done.TrySetResult(board.For(ruleId));
            }
        });
        if (board.For(ruleId).Runs >= runs)
        {
            return board.For(ruleId);
        }
        return await done.Task.WaitAsync(TimeSpan.FromSeconds(20), Ct);
    }
}
