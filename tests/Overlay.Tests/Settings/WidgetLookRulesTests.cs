using Overlay.Web.Widgets;
using Overlay.Web.Settings;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.Shared;

namespace Overlay.Tests.Settings;

public sealed class WidgetLookRulesTests
{
    [Theory]
    [InlineData("#fff")]
    [InlineData("#ffff")]
    [InlineData("#FF2D6F")]
    [InlineData("#ff2d6f80")]
    [InlineData("rgb(255, 45, 111)")]
    [InlineData("rgba(255,45,111,0.5)")]
    [InlineData("rgb(255 45 111 / 50%)")]
    [InlineData("hsl(340, 100%, 59%)")]
    [InlineData("hsla(340deg 100% 59% / .5)")]
    [InlineData("RebeccaPurple")]
    [InlineData("transparent")]
    public void Accepts_css_colours(string value) => Assert.True(CssColor.IsValid(value), value);

    [Theory]
    [InlineData("#ff")]
    [InlineData("#fffff")]
    [InlineData("#gggggg")]
    [InlineData("red; background: url(https://example.invalid/x)")]
    [InlineData("rgb(1, 2)")]
    [InlineData("rgb(1, 2, 3) }")]
    [InlineData("var(--x)")]
    [InlineData("url(x)")]
    [InlineData("notacolour")]
    [InlineData("expression(alert(1))")]
    public void Refuses_anything_else(string value) => Assert.False(CssColor.IsValid(value), value);

    [Theory]
    [InlineData("Comic Sans MS")]
    [InlineData("Inter, Noto Sans, sans-serif")]
    [InlineData("Noto Sans JP")]
    public void Accepts_font_names(string value) => Assert.Null(WidgetLookRules.CheckFontFamily(value, "Font"));

    [Theory]
    [InlineData("Arial; color: red")]
    [InlineData("Arial}")]
    [InlineData("\"Arial\"")]
    [InlineData("Arial</style>")]
    [InlineData("Arial,")]
    public void Refuses_font_values_that_are_not_plain_names(string value) =>
        Assert.StartsWith("Font takes font names separated by commas", WidgetLookRules.CheckFontFamily(value, "Font"));

    [Theory]
    [InlineData(0, true)]
    [InlineData(8, true)]
    [InlineData(300, true)]
    [InlineData(4, false)]
    [InlineData(301, false)]
    [InlineData(double.NaN, false)]
    public void Font_size_is_0_or_in_range(double size, bool ok) => Assert.Equal(ok, WidgetLookRules.CheckFontSize(size, "Size") is null);

    [Fact]
    public void Every_kind_validates_its_look_with_the_key_named()
    {
        var look = new WidgetLook { AccentColor = "red;", CustomCss = new string('x', WidgetLookRules.MaxCustomCssLength + 1) };

        var problems = WidgetKinds.ChatTicker.Validate(new ChatTickerSettings { Look = look }, "Widgets:chat").ToList();

        Assert.Contains(problems, p => p.StartsWith("Widgets:chat:Look:AccentColor must be a CSS colour", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Widgets:chat:Look:CustomCss must be at most 20,000 characters", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("chime.wav", true)]
    [InlineData("My Alert-2.mp3", true)]
    [InlineData("../appsettings.json", false)]
    [InlineData("..\\secret.wav", false)]
    [InlineData("/etc/passwd.wav", false)]
    [InlineData("sub/chime.wav", false)]
    [InlineData("chime..wav", false)]
    [InlineData("chime.exe", false)]
    [InlineData("", false)]
    public void Sound_file_must_be_a_plain_audio_file_name(string name, bool ok) =>
        Assert.Equal(ok, !WidgetKinds.GiftAlert.Validate(new GiftAlertSettings { SoundFile = name }, "Widgets:g").Any());
}
