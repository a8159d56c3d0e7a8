using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Web.Events;
using Overlay.Web.Rules;
using Overlay.Web.Rules.Model;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Rules.EndToEnd;

/// <summary>"Use in a rule" on the Gifts page opens a new rule for that gift, saved only when the streamer saves it.</summary>
[Trait("Category", "Browser")]
public sealed class GiftToRuleBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_gift_clicked_in_the_grid_becomes_the_trigger_of_a_new_rule()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var learned = app.Get<EventHub>().WaitForAsync(e => e is GiftComboEvent { Phase: ComboPhase.Finished, GiftName: "Rose" }, ct);
        Assert.True(app.Get<TestEventSender>().SendGiftCombo());
        await learned;
        await using var context = await browser.NewContextAsync(1280, 900);
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(app.Url("admin/gifts").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });

        await admin.Locator("[data-testid='gift-card'][data-gift-name='Rose']").ClickAsync();
        await admin.GetByTestId("gift-actions").GetByTestId("gift-use-in-rule").ClickAsync();

        // The Actions page is prerendered with the editor already open; Save only works once it is interactive.
        await Expect(admin.GetByTestId("rules-panel")).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await Expect(admin.GetByTestId("rule-editor")).ToBeVisibleAsync();
        await Expect(admin.Locator("[data-testid=rule-name] input, input[data-testid=rule-name]").First).ToHaveValueAsync("Rose → alert");
        Assert.Empty(app.Get<RuleBook>().All);
        await admin.GetByTestId("rule-save").ClickAsync();
        await Expect(admin.GetByTestId("rule-editor")).ToHaveCountAsync(0);

        var rule = Assert.Single(app.Get<RuleBook>().All);
        Assert.Equal(TriggerKind.Gift, rule.Trigger.Kind);
        Assert.Equal(["5655"], rule.Trigger.GiftIds);
    }
}
