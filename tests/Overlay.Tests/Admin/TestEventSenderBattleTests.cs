using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Widgets.Captions;
using Overlay.Widgets.PkBattle;

namespace Overlay.Tests.Admin;

/// <summary>The Start PK, End PK and Caption buttons drive the real app: frame channel, parser, hub, widget state.</summary>
public sealed class TestEventSenderBattleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_pk_shows_an_active_battle_with_the_tester_as_mvp_and_end_pk_names_the_winner()
    {
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: Ct);
        var pk = app.Source<PkBattleView>("pk-battle");
        var sender = app.Get<TestEventSender>();

        sender.SendPkStart();
        var active = await pk.WaitForAsync(v => v.Phase == PkPhase.Active && v.Left.Score > 0, Ct);
        sender.SendPkEnd();
        var ended = await pk.WaitForAsync(v => v.Phase == PkPhase.Ended, Ct);

        Assert.Equal(TestEventSender.Tester.Nickname, active.Left.Contributors[0].Nickname);
        Assert.True(active.Left.Contributors[0].IsMvp);
        Assert.InRange(active.MillisecondsLeft!.Value, 1, TestEventSender.TestPkSeconds * 1000);
        Assert.Equal(PkOutcome.LeftWins, ended.Outcome);
    }

    [Fact]
    public async Task Caption_shows_the_final_line()
    {
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: Ct);

        app.Get<TestEventSender>().SendCaption();
        var view = await app.Source<CaptionsView>("captions").WaitForAsync(v => v.Lines.Any(l => l.IsFinal), Ct);

        Assert.Equal("Test caption from the admin 👋", Assert.Single(view.Lines).Text);
    }
}
