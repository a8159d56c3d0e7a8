using Overlay.Web.Pipeline;
using Overlay.Web.Widgets;
using Microsoft.Extensions.Configuration;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Tests.Widgets;

public sealed class WidgetOptionsTests
{
    private static WidgetOptions Bind(Dictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = new WidgetOptions();
        config.GetSection(WidgetOptions.SectionName).Bind(options);
        return options;
    }

    [Fact]
    public void Binder_fills_the_init_only_settings_records()
    {
        var options = Bind(new()
        {
            ["Widgets:GiftAlert:DisplaySeconds"] = "7.5",
            ["Widgets:GiftAlert:MinDiamonds"] = "10",
            ["Widgets:GiftAlert:MaxQueue"] = "3",
            ["Widgets:ChatTicker:MaxRows"] = "12",
            ["Widgets:LikeGoal:Title"] = "Tap tap",
            ["Widgets:LikeGoal:Target"] = "5000",
            ["Widgets:LikeGoal:Step"] = "250",
            ["Widgets:LikeGoal:Metric"] = "Diamonds",
            ["Widgets:LikeGoal:Style"] = "Circle",
            ["Widgets:LikeGoal:AutoNext"] = "false",
            ["Widgets:LikeGoal:ResetPerStream"] = "false",
        });

        Assert.Equal(new GiftAlertSettings { DisplaySeconds = 7.5, MinDiamonds = 10, MaxQueue = 3 }, options.GiftAlert);
        Assert.Equal(new ChatTickerSettings { MaxRows = 12 }, options.ChatTicker);
        Assert.Equal(new LikeGoalSettings
        {
            Title = "Tap tap", Target = 5000, Step = 250, Metric = GoalMetric.Diamonds, Style = GoalStyle.Circle,
            AutoNext = false, ResetPerStream = false,
        }, options.LikeGoal);
    }

    [Fact]
    public void Missing_keys_keep_the_defaults()
    {
        var options = Bind(new() { ["Widgets:ChatTicker:MaxRows"] = "12" });

        Assert.Equal(new GiftAlertSettings(), options.GiftAlert);
        Assert.Equal(new LikeGoalSettings(), options.LikeGoal);
    }

    [Fact]
    public void Defaults_are_valid()
    {
        Assert.True(new WidgetOptionsValidator().Validate(null, new WidgetOptions()).Succeeded);
        Assert.True(new EventsOptionsValidator().Validate(null, new EventsOptions()).Succeeded);
    }

    [Theory]
    [InlineData("ChatTicker:MaxRows", "0", "Widgets:ChatTicker:MaxRows must be between 1 and 200, got 0.")]
    [InlineData("ChatTicker:MaxRows", "201", "Widgets:ChatTicker:MaxRows must be between 1 and 200, got 201.")]
    [InlineData("GiftAlert:DisplaySeconds", "0", "Widgets:GiftAlert:DisplaySeconds must be between 0.5 and 600, got 0.")]
    [InlineData("GiftAlert:MinDiamonds", "-1", "Widgets:GiftAlert:MinDiamonds must be 0 or more, got -1.")]
    [InlineData("GiftAlert:MaxQueue", "5000", "Widgets:GiftAlert:MaxQueue must be between 0 and 1000, got 5000.")]
    [InlineData("LikeGoal:Target", "0", "Widgets:LikeGoal:Target must be between 1 and 1000000000000, got 0.")]
    [InlineData("LikeGoal:Step", "-5", "Widgets:LikeGoal:Step must be between 0 (grow by Target) and 1000000000000, got -5.")]
    public void Out_of_range_setting_fails_with_a_message_naming_the_key_and_value(string key, string value, string message)
    {
        var options = Bind(new() { ["Widgets:" + key] = value });

        var result = new WidgetOptionsValidator().Validate(null, options);

        Assert.Equal([message], result.Failures);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(61)]
    public void Combo_quiet_time_outside_one_to_sixty_seconds_fails(double seconds)
    {
        var result = new EventsOptionsValidator().Validate(null, new EventsOptions { ComboQuietSeconds = seconds });

        Assert.Equal(
            $"Events:ComboQuietSeconds must be between 1 and 60, got {seconds}.",
            Assert.Single(result.Failures!));
    }

    [Fact]
    public void Look_and_sound_bind_from_config_and_a_bad_colour_fails_naming_the_key()
    {
        var options = Bind(new()
        {
            ["Widgets:GiftAlert:SoundEnabled"] = "true",
            ["Widgets:GiftAlert:SoundVolume"] = "35",
            ["Widgets:GiftAlert:Look:AccentColor"] = "#00ff88",
            ["Widgets:ChatTicker:Look:FontFamily"] = "Comic Sans MS, cursive",
            ["Widgets:LikeGoal:Look:TextColor"] = "red; x: y",
        });

        var result = new WidgetOptionsValidator().Validate(null, options);

        Assert.True(options.GiftAlert.SoundEnabled);
        Assert.Equal(35, options.GiftAlert.SoundVolume);
        Assert.Equal("#00ff88", options.GiftAlert.Look.AccentColor);
        Assert.Equal("Comic Sans MS, cursive", options.ChatTicker.Look.FontFamily);
        Assert.Contains("Widgets:LikeGoal:Look:TextColor must be a CSS colour", result.FailureMessage);
    }

}
