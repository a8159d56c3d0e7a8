using Overlay.Web.Components.Pages.Widgets;
using Overlay.Widgets.LikeGoal;
using Overlay.Widgets.Shared;

namespace Overlay.Tests.Components.Pages.Widgets;

public sealed class PageOverridesTests
{
    private static PageOverrides Parse(params (string Name, string Value)[] query) =>
        PageOverrides.Parse(name => query.FirstOrDefault(q => q.Name == name).Value);

    [Fact]
    public void Good_values_are_taken()
    {
        var o = Parse(("rows", "10"), ("font", "Inter"), ("size", "24"), ("accent", "#ff0000"), ("hideCommands", "1"), ("style", "circle"), ("bg", "rgba(0, 0, 0, 0.5)"));

        Assert.Equal(new PageOverrides
        {
            Rows = 10, FontFamily = "Inter", FontSize = 24, AccentColor = "#ff0000", HideCommands = true,
            GoalStyle = GoalStyle.Circle, BackgroundColor = "rgba(0, 0, 0, 0.5)",
        }, o);
    }

    [Fact]
    public void Bad_values_are_ignored_one_by_one()
    {
        var o = Parse(("rows", "0"), ("font", "x;}body{"), ("size", "9000"), ("accent", "red;background:url(x)"), ("text", "#00ff00"), ("style", "7"), ("hideCommands", "yes"));

        Assert.Equal(new PageOverrides { TextColor = "#00ff00" }, o);
    }

    [Fact]
    public void Overrides_sit_on_top_of_the_instance_look()
    {
        var look = new WidgetLook { TextColor = "#111111", AccentColor = "#222222", CustomCss = ".x{}" };

        var applied = Parse(("accent", "blue")).Apply(look);

        Assert.Equal(look with { AccentColor = "blue" }, applied);
        Assert.Same(look, PageOverrides.None.Apply(look));
    }
}
