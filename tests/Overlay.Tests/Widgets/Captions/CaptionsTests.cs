using Bunit;
using Overlay.Widgets.Captions;
using CaptionsComponent = Overlay.Widgets.Captions.Captions;

namespace Overlay.Tests.Widgets.Captions;

public sealed class CaptionsTests : BunitContext
{
    private IRenderedComponent<CaptionsComponent> RenderView(CaptionsView view) =>
        Render<CaptionsComponent>(p => p.Add(c => c.View, view));

    [Fact]
    public void No_lines_render_nothing()
    {
        var cut = RenderView(CaptionsView.Empty);

        Assert.Empty(cut.Markup.Trim());
    }

    [Fact]
    public void Lines_show_in_order_with_the_partial_one_marked()
    {
        var cut = RenderView(new CaptionsView([new CaptionLine(1, "Hello everyone", true), new CaptionLine(2, "welcome to", false)], CaptionStyle.Outline));

        Assert.Equal(["Hello everyone", "welcome to"], cut.FindAll(".line").Select(l => l.TextContent));
        Assert.Equal(["true", "false"], cut.FindAll(".line").Select(l => l.GetAttribute("data-final")));
        Assert.Equal("outline", cut.Find(".captions").GetAttribute("data-style"));
    }

    [Fact]
    public void Hostile_caption_text_renders_as_text()
    {
        const string hostile = "<script>alert(1)</script><b onmouseover=alert(2)>x</b>";

        var cut = RenderView(new CaptionsView([new CaptionLine(1, hostile, true)], CaptionStyle.Both));

        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Equal(hostile, cut.Find(".line").TextContent);
    }
}
