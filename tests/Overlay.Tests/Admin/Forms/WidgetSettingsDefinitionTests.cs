using Overlay.Web.Widgets;
using Overlay.Web.Admin.Forms;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Tests.Admin.Forms;

public sealed class WidgetSettingsDefinitionTests
{
    [Theory]
    [InlineData("GiftAlert")]
    [InlineData("ChatTicker")]
    [InlineData("LikeGoal")]
    public void Defaults_read_through_the_fields_build_the_default_record(string kindName)
    {
        var definition = WidgetKinds.Find(kindName)!.Form;

        var result = definition.Build(definition.Read(definition.Defaults()));

        Assert.True(result.IsValid, string.Join(" ", result.Errors.Values));
        Assert.Equal(definition.Defaults(), result.Settings);
    }

    [Fact]
    public void Each_number_field_at_its_form_bounds_passes_the_kinds_validator_and_one_past_them_does_not()
    {
        foreach (var kind in WidgetKinds.All)
        {
            foreach (var field in kind.Form.Fields.Where(f => f.Kind == SettingKind.Integer))
            {
                foreach (var edge in new[] { (long)field.Min, (long)field.Max })
                {
                    var result = kind.Form.Build(new Dictionary<string, object?> { [field.Key] = edge });
                    Assert.True(result.IsValid, $"{kind.Name} {field.Key} = {edge}: {string.Join(" ", result.Errors.Values)}");
                }
                if (field.Max < long.MaxValue)
                {
                    Assert.False(kind.Form.Build(new Dictionary<string, object?> { [field.Key] = (long)field.Max + 1 }).IsValid);
                }
            }
        }
    }

    [Fact]
    public void Every_kind_has_a_definition()
    {
        Assert.All(WidgetKinds.All, kind => Assert.Equal(kind, kind.Form.Kind));
    }

    [Fact]
    public void Value_out_of_range_is_reported_by_field_with_its_range()
    {
        var result = WidgetKinds.ChatTicker.Form.Build(new Dictionary<string, object?> { ["maxRows"] = 500L });

        Assert.False(result.IsValid);
        Assert.Equal("Messages shown must be between 1 and 200.", result.Errors["maxRows"]);
    }

    [Fact]
    public void Valid_values_build_the_typed_record()
    {
        var result = WidgetKinds.LikeGoal.Form.Build(
            new Dictionary<string, object?> { ["title"] = "Tap tap!", ["target"] = 5000L, ["step"] = 2500L });

        Assert.Equal(new LikeGoalSettings { Title = "Tap tap!", Target = 5000, Step = 2500 }, result.Settings);
    }

    [Fact]
    public void Stored_json_round_trips_through_the_definition()
    {
        var definition = WidgetKinds.ChatTicker.Form;

        var back = definition.Deserialize(definition.Serialize(new ChatTickerSettings { MaxRows = 42 }));

        Assert.Equal(new ChatTickerSettings { MaxRows = 42 }, back);
    }

    [Fact]
    public void Goal_choices_build_the_enum_values_and_refuse_unknown_ones()
    {
        var definition = WidgetKinds.LikeGoal.Form;

        var good = definition.Build(new Dictionary<string, object?> { ["metric"] = "Diamonds", ["style"] = "Circle", ["autoNext"] = false });
        var bad = definition.Build(new Dictionary<string, object?> { ["style"] = "Sparkles" });

        Assert.Equal(new LikeGoalSettings { Metric = GoalMetric.Diamonds, Style = GoalStyle.Circle, AutoNext = false }, good.Settings);
        Assert.Equal("Style must be one of: Bar, Slim line, Circle.", bad.Errors["style"]);
    }

    [Fact]
    public void Goal_settings_are_stored_with_enum_names_and_an_old_like_goal_row_reads_as_a_like_goal()
    {
        var definition = WidgetKinds.LikeGoal.Form;

        var json = definition.Serialize(new LikeGoalSettings { Metric = GoalMetric.Shares, Style = GoalStyle.Slim });
        var old = definition.Deserialize("""{"title":"Road to 5k","target":5000,"step":0}""");

        Assert.Contains("\"metric\":\"Shares\"", json);
        Assert.Equal(new LikeGoalSettings { Metric = GoalMetric.Shares, Style = GoalStyle.Slim }, definition.Deserialize(json));
        Assert.Equal(new LikeGoalSettings { Title = "Road to 5k", Target = 5000 }, old);
    }
}
