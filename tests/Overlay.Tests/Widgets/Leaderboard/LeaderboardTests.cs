using Bunit;
using Overlay.Widgets.Leaderboard;
using Overlay.Widgets.Shared;
using LeaderboardComponent = Overlay.Widgets.Leaderboard.Leaderboard;

namespace Overlay.Tests.Widgets.Leaderboard;

public sealed class LeaderboardTests : BunitContext
{
    private IRenderedComponent<LeaderboardComponent> RenderBoard(LeaderboardUnit unit, params LeaderboardRow[] rows) =>
        Render<LeaderboardComponent>(p => p.Add(c => c.View, new LeaderboardView("Top gifters", unit, rows, StreamEndView.Live)));

    [Fact]
    public void Shows_title_ranks_names_and_scores_in_order()
    {
        var cut = RenderBoard(LeaderboardUnit.Diamonds,
            new("1", 1, "ana", null, 12_500),
            new("2", 2, "ben", "https://example.com/b.webp", 300));

        Assert.Equal("Top gifters", cut.Find(".title").TextContent);
        Assert.Equal(["1", "2"], cut.FindAll(".rank").Select(e => e.TextContent));
        Assert.Equal(["ana", "ben"], cut.FindAll(".nickname").Select(e => e.TextContent));
        Assert.Equal(["12,500", "300"], cut.FindAll(".score-value").Select(e => e.TextContent));
        Assert.Equal("diamonds", cut.Find(".leaderboard").GetAttribute("data-unit"));
    }

    [Fact]
    public void An_empty_board_says_so()
    {
        var cut = RenderBoard(LeaderboardUnit.Likes);

        Assert.Equal("No likes yet", cut.Find(".empty").TextContent);
        Assert.Equal("likes", cut.Find(".leaderboard").GetAttribute("data-unit"));
    }

    [Fact]
    public void Markup_in_a_nickname_renders_as_text_and_a_bad_avatar_url_falls_back_to_initials()
    {
        var cut = RenderBoard(LeaderboardUnit.Likes, new LeaderboardRow("1", 1, "<b>x</b>", "data:text/html,<script>", 5));

        Assert.Equal("<b>x</b>", cut.Find(".nickname").TextContent);
        Assert.Equal("<", cut.Find(".initials").TextContent);
        Assert.Empty(cut.FindAll(".avatar-img, b, script"));
    }
}
