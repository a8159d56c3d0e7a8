using Bunit;
using Overlay.Widgets.LikeGoal;
using LikeGoalComponent = Overlay.Widgets.LikeGoal.LikeGoal;

namespace Overlay.Tests.Widgets.LikeGoal;

public sealed class LikeGoalTests : BunitContext
{
    private IRenderedComponent<LikeGoalComponent> RenderGoal(GoalView goal) =>
        Render<LikeGoalComponent>(p => p.Add(c => c.Goal, goal));

    [Fact]
    public void Shows_title_and_formatted_current_and_target()
    {
        var cut = RenderGoal(new GoalView("Road to 10K", 1234, 10_000));

        Assert.Equal("Road to 10K", cut.Find(".title").TextContent);
        Assert.Equal("1,234", cut.Find(".current").TextContent);
        Assert.Equal("10,000", cut.Find(".target").TextContent);
    }

    [Fact]
    public void Bar_width_follows_the_progress()
    {
        var cut = RenderGoal(new GoalView("Likes", 1234, 10_000));

        Assert.Equal("width: 12.34%", cut.Find(".fill").GetAttribute("style"));
    }

    [Fact]
    public void Bar_stops_at_full_and_marks_the_goal_reached_when_passed()
    {
        var cut = RenderGoal(new GoalView("Likes", 15_000, 10_000));

        Assert.Equal("width: 100%", cut.Find(".fill").GetAttribute("style"));
        Assert.True(cut.Find(".like-goal").HasAttribute("data-reached"));
    }

    [Fact]
    public void Markup_and_right_to_left_text_in_the_title_render_as_text()
    {
        var cut = RenderGoal(new GoalView("<b>هدف</b> 💖", 1, 10));

        Assert.Equal("<b>هدف</b> 💖", cut.Find(".title").TextContent);
        Assert.Empty(cut.FindAll("b"));
        Assert.Equal("auto", cut.Find(".title").GetAttribute("dir"));
    }

    [Fact]
    public void Goal_without_a_target_renders_nothing()
    {
        var cut = RenderGoal(new GoalView("", 0, 0));

        Assert.Equal("", cut.Markup.Trim());
    }

    [Theory]
    [InlineData(GoalStyle.Bar, ".bar .fill")]
    [InlineData(GoalStyle.Slim, ".bar .fill")]
    [InlineData(GoalStyle.Circle, ".ring .fill")]
    public void Each_style_draws_its_own_shape_with_the_same_numbers(GoalStyle style, string fillSelector)
    {
        var cut = RenderGoal(new GoalView("Diamonds", 250, 1_000, style, GoalMetric.Diamonds));

        Assert.Equal(style.ToString(), cut.Find(".like-goal").GetAttribute("data-style"));
        Assert.Single(cut.FindAll(fillSelector));
        Assert.Equal("250", cut.Find(".current").TextContent);
        Assert.Equal("1,000", cut.Find(".target").TextContent);
        Assert.Equal("💎", cut.Find(".icon").TextContent);
    }
}
