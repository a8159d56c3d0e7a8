using Overlay.Web.Components.Pages.Widgets;
using Overlay.Widgets.Shared;

namespace Overlay.Tests.Components.Pages.Widgets;

public sealed class LookCssTests
{
    [Fact]
    public void Sets_a_custom_property_per_look_field_and_nothing_for_the_default_look()
    {
        var css = LookCss.Variables(new WidgetLook
        {
            TextColor = "#fff", AccentColor = "rgb(1, 2, 3)", BackgroundColor = "transparent", FontFamily = "Comic Sans MS, cursive", FontSize = 24,
        });

        Assert.Null(LookCss.Variables(new WidgetLook()));
        Assert.Contains("--overlay-text: #fff;", css);
        Assert.Contains("--overlay-accent: rgb(1, 2, 3);", css);
        Assert.Contains("--overlay-bg: transparent;", css);
        Assert.Contains("--overlay-font: \"Comic Sans MS\", cursive, \"Noto Color Emoji\"", css);
        Assert.Contains("--overlay-font-size: 24px;", css);
    }

    [Fact]
    public void Leaves_out_values_that_fail_the_rules()
    {
        var css = LookCss.Variables(new WidgetLook { TextColor = "red; background: url(x)", FontFamily = "A;B", AccentColor = "#123" });

        Assert.Equal("--overlay-accent: #123;", css);
    }

    [Fact]
    public void Custom_css_cannot_close_its_style_element()
    {
        var markup = LookCss.StyleElement(new WidgetLook { CustomCss = "a > b { color: red } </STYLE><script>alert(1)</script> p::after { content: \"<\" }" })!.Value.Value;

        Assert.StartsWith("<style data-overlay-custom-css>", markup);
        Assert.EndsWith("</style>", markup);
        Assert.Equal(1, CountOf(markup, "</style"));
        Assert.Equal(2, CountOf(markup, "<"));
        Assert.Contains("a > b { color: red }", markup);
        Assert.Contains("content: \"\\3c \"", markup);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.OrdinalIgnoreCase).Length) / part.Length;
}
