using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Web.Rules;
using Overlay.Web.Rules.Engine;
using Overlay.Web.Rules.Model;
using Overlay.Widgets.GiftAlert;

namespace Overlay.Tests.Rules.EndToEnd;

/// <summary>The real app: a rule's webhook that never answers holds neither the gift alert nor the next rule.</summary>
public sealed class SlowWebhookTests
{
    [Fact]
    public async Task A_slow_webhook_does_not_delay_the_gift_alert_or_other_rules()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await FakeWebhookReceiver.StartAsync(ct);
        receiver.Hold = true;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var book = app.Get<RuleBook>();
        book.Save(new Rule
        {
            Name = "Lion → webhook",
            Trigger = new RuleTrigger { Kind = TriggerKind.Gift },
            Actions = [new RuleAction { Kind = ActionKind.Webhook, Url = receiver.Url.ToString(), Secret = "k" }],
        });
        var follow = book.Save(new Rule
        {
            Name = "Follow → screen",
            Trigger = new RuleTrigger { Kind = TriggerKind.Follow },
            Actions = [new RuleAction { Kind = ActionKind.ShowMedia, Text = "{nickname} followed" }],
        });
        var sender = app.Get<TestEventSender>();

        sender.SendGift();
        var held = await receiver.NextAsync(ct);
        var alert = await app.Source<GiftAlertView>("gift-alert").WaitForAsync(v => v.Current is not null, ct);
        sender.SendFollow();
        var screen = await app.Source<Overlay.Widgets.ActionsScreen.ActionsScreenView>("actions-screen").WaitForAsync(v => v.Current is not null, ct);

        Assert.Equal("Lion", alert.Current!.GiftName);
        Assert.Equal($"{TestEventSender.Tester.Nickname} followed", screen.Current!.Text);
        Assert.Equal(Web.Rules.Actions.WebhookSignature.For(held.Body, "k"), held.Headers[Web.Rules.Actions.WebhookSignature.Header]);
        Assert.Equal(1, app.Get<RuleStatusBoard>().For(follow.Id).Runs);
        receiver.Release();
    }
}
