using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Tests.Admin;

/// <summary>The test buttons drive the real app: frame channel, parser, rules, hub, widget state.</summary>
public sealed class TestEventSenderTests
{
    [Fact]
    public async Task Test_chat_reaches_the_chat_ticker_as_plain_text()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);

        app.Get<TestEventSender>().SendChat("<b>hi</b> from the admin");
        var view = await app.Source<ChatTickerView>("chat-ticker").WaitForAsync(v => v.Lines.Count > 0, ct);

        Assert.Equal("<b>hi</b> from the admin", Assert.Single(view.Lines).Comment);
    }

    [Fact]
    public async Task Test_combo_of_five_frames_alerts_once_with_the_final_count()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);

        app.Get<TestEventSender>().SendGiftCombo();
        var view = await app.Source<GiftAlertView>("gift-alert").WaitForAsync(v => v.Current is not null, ct);

        Assert.Equal(("Rose", TestEventSender.ComboFrames), (view.Current!.GiftName, view.Current.Count));
        Assert.Equal(0, view.Queued);
    }

    [Fact]
    public async Task Like_burst_moves_the_like_goal_up_by_the_burst()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var goal = app.Source<GoalView>("like-goal");
        var sender = app.Get<TestEventSender>();

        sender.SendLikeBurst();
        await goal.WaitForAsync(v => v.Current == TestEventSender.LikeBurst, ct);
        sender.SendLikeBurst();
        var view = await goal.WaitForAsync(v => v.Current > TestEventSender.LikeBurst, ct);

        Assert.Equal(2 * TestEventSender.LikeBurst, view.Current);
    }
}
