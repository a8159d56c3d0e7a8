using Bunit;
using Overlay.Widgets.Shared;
using Overlay.Widgets.ViewerCount;
using ViewerCountComponent = Overlay.Widgets.ViewerCount.ViewerCount;

namespace Overlay.Tests.Widgets.ViewerCount;

public sealed class ViewerCountTests : BunitContext
{
    private IRenderedComponent<ViewerCountComponent> RenderView(ViewerCountView view) =>
        Render<ViewerCountComponent>(p => p.Add(c => c.View, view));

    [Fact]
    public void Shows_the_count_the_label_and_the_peak()
    {
        var cut = RenderView(ViewerCountView.Empty with { Viewers = 1234, Peak = 2000 });

        Assert.Equal("1,234", cut.Find(".count").TextContent);
        Assert.Equal("viewers", cut.Find(".label").TextContent);
        Assert.Equal("2,000", cut.Find(".peak-count").TextContent);
    }

    [Fact]
    public void Big_counts_are_compact()
    {
        var cut = RenderView(ViewerCountView.Empty with { Viewers = 1_250_000, ShowPeak = false });

        Assert.Equal("1.25M", cut.Find(".count").TextContent);
        Assert.Empty(cut.FindAll(".peak"));
    }

    [Fact]
    public void An_unknown_count_shows_a_dash_and_no_peak()
    {
        var cut = RenderView(ViewerCountView.Empty);

        Assert.Equal("–", cut.Find(".count").TextContent);
        Assert.Empty(cut.FindAll(".peak"));
    }

    [Fact]
    public void After_the_stream_ends_the_message_replaces_the_count()
    {
        var cut = RenderView(ViewerCountView.Empty with { Viewers = 5, StreamEnd = new StreamEndView(true, false, "<b>Bye</b>") });

        Assert.Equal("<b>Bye</b>", cut.Find(".stream-end-text").TextContent);
        Assert.Empty(cut.FindAll(".viewer-count, b"));
    }

    [Fact]
    public void After_the_stream_ends_a_hiding_widget_renders_nothing_visible()
    {
        var cut = RenderView(ViewerCountView.Empty with { Viewers = 5, StreamEnd = new StreamEndView(true, true, "Bye") });

        Assert.Empty(cut.FindAll(".viewer-count, .stream-end"));
    }
}
