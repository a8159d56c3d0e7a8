using Overlay.Web.Widgets;
using System.Text.Json;
using Overlay.Web.Storage;
using Overlay.Widgets.GiftAlert;

namespace Overlay.Tests.Widgets.GiftAlert;

/// <summary>The alert box's settings compare by value, rule list included, with the record's own Equals.</summary>
public sealed class GiftAlertSettingsTests
{
    private static GiftAlertSettings Build(string template) => new()
    {
        GiftTemplate = "{nickname}!",
        Follow = new AlertTypeSettings { Template = "{nickname} followed" },
        Variations = [.. new List<GiftVariation> { new() { Name = "big", MinDiamonds = 100, Template = template, AccentColor = "gold" } }],
    };

    [Fact]
    public void Two_separately_built_equal_settings_are_equal_with_equal_hash_codes()
    {
        var a = Build("BIG {nickname}");
        var b = Build("BIG {nickname}");

        Assert.NotSame(a.Variations, b.Variations);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void A_changed_variation_makes_the_settings_differ()
    {
        var a = Build("BIG {nickname}");
        var b = Build("HUGE {nickname}");
        var reordered = a with { Variations = [.. a.Variations, new GiftVariation { Name = "any" }] };

        Assert.NotEqual(a, b);
        Assert.NotEqual(a, reordered);
        Assert.NotEqual(a, a with { Variations = [] });
    }

    [Fact]
    public void Settings_saved_and_loaded_as_json_equal_the_original()
    {
        var original = Build("BIG {nickname}");

        var json = JsonSerializer.Serialize(original, WidgetKinds.GiftAlert.Json);
        var loaded = JsonSerializer.Deserialize(json, WidgetKinds.GiftAlert.Json);

        Assert.Equal(original, loaded);
    }
}
