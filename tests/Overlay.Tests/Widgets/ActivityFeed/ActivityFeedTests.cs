using Bunit;
using Overlay.Widgets.ActivityFeed;
using Overlay.Widgets.Shared;
using ActivityFeedComponent = Overlay.Widgets.ActivityFeed.ActivityFeed;

namespace Overlay.Tests.Widgets.ActivityFeed;

public sealed class ActivityFeedTests : BunitContext
{
    private static readonly ActivityItem[] Items =
    [
        new(1, ActivityKind.Follow, "ana", null),
        new(2, ActivityKind.Gift, "ben", "https://example.com/ben.webp", "Rose", 5, 5),
        new(3, ActivityKind.Subscribe, "cy", null, Count: 3),
        new(4, ActivityKind.Share, "di", "javascript:alert(1)"),
    ];

    private IRenderedComponent<ActivityFeedComponent> RenderFeed(IReadOnlyList<ActivityItem> items, bool newestOnTop = true) =>
        Render<ActivityFeedComponent>(p => p.Add(c => c.View, new ActivityFeedView(items, newestOnTop, StreamEndView.Live)));

    [Fact]
    public void Newest_on_top_lists_the_latest_row_first()
    {
        var cut = RenderFeed(Items);

        Assert.Equal(["di", "cy", "ben", "ana"], cut.FindAll(".nickname").Select(e => e.TextContent));
    }

    [Fact]
    public void Newest_at_the_bottom_keeps_arrival_order()
    {
        var cut = RenderFeed(Items, newestOnTop: false);

        Assert.Equal(["ana", "ben", "cy", "di"], cut.FindAll(".nickname").Select(e => e.TextContent));
    }

    [Fact]
    public void Each_kind_says_what_happened()
    {
        var cut = RenderFeed(Items, newestOnTop: false);

        Assert.Equal(["followed", "sent", "subscribed · 3 months", "shared the LIVE"], cut.FindAll(".action").Select(e => e.TextContent));
        Assert.Equal("Rose", cut.Find(".gift").TextContent);
        Assert.Equal("×5", cut.Find(".count").TextContent);
        Assert.Equal(["follow", "gift", "subscribe", "share"], cut.FindAll(".row").Select(e => e.GetAttribute("data-kind")));
    }

    [Fact]
    public void Only_http_avatars_are_drawn_and_every_row_has_initials_underneath()
    {
        var cut = RenderFeed(Items);

        var pictures = cut.FindAll(".avatar-img");
        Assert.Contains("https://example.com/ben.webp", Assert.Single(pictures).GetAttribute("style"));
        Assert.Equal(["D", "C", "B", "A"], cut.FindAll(".initials").Select(e => e.TextContent));
    }

    [Fact]
    public void Markup_in_a_nickname_or_gift_name_renders_as_text()
    {
        var cut = RenderFeed([new(1, ActivityKind.Gift, "<img src=x>", null, "<script>x</script>", 1, 1)]);

        Assert.Equal("<img src=x>", cut.Find(".nickname").TextContent);
        Assert.Equal("<script>x</script>", cut.Find(".gift").TextContent);
        Assert.Empty(cut.FindAll("img, script"));
    }
}
