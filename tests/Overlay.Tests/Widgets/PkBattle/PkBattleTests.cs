using Bunit;
using Overlay.Widgets.PkBattle;
using PkBattleComponent = Overlay.Widgets.PkBattle.PkBattle;

namespace Overlay.Tests.Widgets.PkBattle;

public sealed class PkBattleTests : BunitContext
{
    private const string Hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    private static readonly PkBattleView Active = PkBattleView.Hidden with
    {
        Phase = PkPhase.Active,
        Left = new PkSide("Us", 1500, [new PkContributor("ana", 900, true), new PkContributor("bob", 600, false)]),
        Right = new PkSide("Opponent", 500, [new PkContributor("cleo", 500, true)]),
        MillisecondsLeft = 83_400,
    };

    private IRenderedComponent<PkBattleComponent> RenderView(PkBattleView view) =>
        Render<PkBattleComponent>(p => p.Add(c => c.View, view));

    [Fact]
    public void No_battle_renders_nothing()
    {
        var cut = RenderView(PkBattleView.Hidden);

        Assert.Empty(cut.Markup.Trim());
    }

    [Fact]
    public void Active_battle_shows_both_scores_the_time_left_and_the_mvps()
    {
        var cut = RenderView(Active);

        Assert.Equal(["1,500", "500"], cut.FindAll(".score").Select(e => e.TextContent));
        Assert.Equal("1:24", cut.Find(".clock").TextContent);
        Assert.Equal("83400", cut.Find(".clock").GetAttribute("data-countdown-ms"));
        Assert.Equal(["ana", "cleo"], cut.FindAll(".contributor[data-mvp=true] .nickname").Select(e => e.TextContent));
        Assert.Contains("--left-share: 75%", cut.Find(".bar").GetAttribute("style"));
    }

    [Fact]
    public void Ended_battle_names_the_winner_and_a_tie_is_a_draw()
    {
        var won = RenderView(Active with { Phase = PkPhase.Ended, Outcome = PkOutcome.LeftWins, MillisecondsLeft = null });
        var draw = RenderView(Active with { Phase = PkPhase.Ended, Outcome = PkOutcome.Draw, MillisecondsLeft = null });

        Assert.Equal("Victory!", won.Find(".result").TextContent);
        Assert.Empty(won.FindAll(".clock"));
        Assert.Equal("Draw", draw.Find(".result").TextContent);
    }

    [Fact]
    public void Hostile_nicknames_and_labels_render_as_text()
    {
        var view = Active with
        {
            Left = new PkSide(Hostile, 1, [new PkContributor(Hostile, 1, true)]),
            Boosters = [new PkBooster(1, "booster_x2", 2, Hostile, "javascript:alert(3)")],
            OpponentGifts = [new PkOpponentGift(2, Hostile, Hostile, 1, "data:text/html,x")],
        };

        var cut = RenderView(view);

        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("img[onerror]"));
        Assert.Empty(cut.FindAll("img.icon")); // Neither a javascript: nor a data: URL reaches an img src.
        Assert.Equal(Hostile, cut.Find(".contributor .nickname").TextContent);
        Assert.Equal(Hostile, cut.Find(".side.left .label").TextContent);
        Assert.Equal(Hostile, cut.Find(".booster .nickname").TextContent);
    }

    [Fact]
    public void Boosters_show_their_icon_and_opponent_gifts_are_marked()
    {
        var cut = RenderView(Active with
        {
            Boosters = [new PkBooster(1, "booster_x3", 3, "ana", "https://example.com/x3.png")],
            OpponentGifts = [new PkOpponentGift(2, "rival", "Rose", 5, null)],
        });

        Assert.Equal("https://example.com/x3.png", cut.Find(".booster img.icon").GetAttribute("src"));
        Assert.Equal("×3 booster", cut.Find(".booster .effect").TextContent);
        Assert.Equal("opponent gift", cut.Find(".opponent-gift .tag").TextContent);
    }
}
