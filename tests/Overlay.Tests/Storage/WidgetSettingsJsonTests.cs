using Overlay.Web.Widgets;
using Overlay.Web.Storage;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Tests.Storage;

public sealed class WidgetSettingsJsonTests
{
    [Fact]
    public void Settings_round_trip_with_camel_case_names()
    {
        var settings = new GiftAlertSettings { DisplaySeconds = 7.5, MinDiamonds = 10, MaxQueue = 3 };

        var json = WidgetSettingsJson.Serialize(settings, WidgetKinds.GiftAlert.Json);
        var back = WidgetSettingsJson.Deserialize(json, WidgetKinds.GiftAlert.Json);

        Assert.Contains("\"displaySeconds\":7.5", json);
        Assert.Equal(settings, back);
    }

    [Fact]
    public void Missing_properties_keep_their_defaults()
    {
        var back = WidgetSettingsJson.Deserialize("""{"title":"Likes!"}""", WidgetKinds.LikeGoal.Json);

        Assert.Equal(new LikeGoalSettings { Title = "Likes!" }, back);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"maxRows":"many"}""")]
    [InlineData("null")]
    [InlineData("")]
    public void Unreadable_settings_fall_back_to_defaults(string json)
    {
        var back = WidgetSettingsJson.Deserialize(json, WidgetKinds.ChatTicker.Json);

        Assert.Equal(new ChatTickerSettings(), back);
    }
}
