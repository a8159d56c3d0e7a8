using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Web.Events;
using Overlay.Web.Rules;
using Overlay.Web.Rules.Model;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Localization;

/// <summary>The Actions &amp; Events and Gifts pages in a German browser: German texts, German number format, no English left.</summary>
[Trait("Category", "Browser")]
public sealed class ActionsGiftsLanguageBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Actions_and_gifts_pages_are_in_German_with_German_numbers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var learned = app.Get<EventHub>().WaitForAsync(e => e is GiftComboEvent { Phase: ComboPhase.Finished, GiftName: "Lion" }, ct);
        Assert.True(app.Get<TestEventSender>().SendGift());
        await learned;
        var rule = app.Get<RuleBook>().Save(new Rule
        {
            Name = "Like party",
            Trigger = new RuleTrigger { Kind = TriggerKind.RoomLikes, Likes = 5000 },
            Actions = [new RuleAction { Kind = ActionKind.Wait, Seconds = 1 }],
        });
        await using var context = await browser.NewContextAsync(new() { Locale = "de-DE", ViewportSize = new() { Width = 1280, Height = 900 } });
        var admin = await context.NewPageAsync();

        await admin.GotoAsync(app.Url("admin/actions").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        var row = admin.Locator($"[data-rule-id='{rule.Id}']");
        await Expect(row).ToContainTextAsync("Alle 5.000 Likes im Raum");
        await Expect(row).ToContainTextAsync("Warten");
        await Expect(row.GetByTestId("rule-status")).ToHaveTextAsync("nie");
        await Expect(row.GetByTestId("rule-edit")).ToHaveTextAsync("Bearbeiten");
        await Expect(admin.GetByTestId("new-rule")).ToHaveTextAsync("Neue Regel");
        await admin.GetByTestId("new-rule").ClickAsync();
        var editor = admin.GetByTestId("rule-editor");
        await Expect(editor.Locator("[data-testid=rule-name] input, input[data-testid=rule-name]").First).ToHaveValueAsync("Neue Regel");
        await Expect(editor).ToContainTextAsync("Dann, der Reihe nach");
        await Expect(editor.GetByTestId("add-action")).ToHaveTextAsync("Aktion hinzufügen");
        await Expect(editor.GetByTestId("rule-save")).ToHaveTextAsync("Speichern");
        var actionsText = await admin.GetByTestId("rules-panel").InnerTextAsync() + await editor.InnerTextAsync();
        Assert.DoesNotContain("New rule", actionsText, StringComparison.Ordinal);
        Assert.DoesNotContain("Then, in order", actionsText, StringComparison.Ordinal);
        Assert.DoesNotContain("room likes", actionsText, StringComparison.Ordinal);

        await admin.GotoAsync(app.Url("admin/gifts").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        var lion = admin.Locator("[data-testid='gift-card'][data-gift-name='Lion']");
        await Expect(lion).ToContainTextAsync("29.999");
        await Expect(admin.GetByTestId("gift-count")).ToHaveTextAsync("1 von 1 Geschenken");
        await Expect(admin.GetByTestId("gift-import-refresh")).ToHaveTextAsync("Vom Anbieter aktualisieren");
        await lion.ClickAsync();
        var actions = admin.GetByTestId("gift-actions");
        await Expect(actions.GetByTestId("gift-use-in-rule")).ToHaveTextAsync("In einer Regel nutzen");
        await Expect(actions.GetByTestId("gift-create-variation")).ToHaveTextAsync("Geschenkvariante anlegen");
        await Expect(actions).ToContainTextAsync("💎 29.999");
        var giftsText = await admin.GetByTestId("gift-grid-page").InnerTextAsync();
        Assert.DoesNotContain("Use in a rule", giftsText, StringComparison.Ordinal);
        Assert.DoesNotContain("Refresh from provider", giftsText, StringComparison.Ordinal);
        Assert.DoesNotContain("29,999", giftsText, StringComparison.Ordinal);
        // The import's status line, whichever it is (no key, or the provider unreachable), is German too.
        Assert.DoesNotContain("the provider", giftsText, StringComparison.Ordinal);
        Assert.DoesNotContain("Gifts are learned", giftsText, StringComparison.Ordinal);
    }
}
