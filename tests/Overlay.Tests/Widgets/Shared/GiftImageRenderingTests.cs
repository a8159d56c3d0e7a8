using Bunit;
using Overlay.Tests.Infrastructure;
using Overlay.Widgets.ActivityFeed;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.Leaderboard;
using Overlay.Widgets.LikeGoal;
using Overlay.Widgets.Shared;
using ActivityFeedComponent = Overlay.Widgets.ActivityFeed.ActivityFeed;
using GiftAlertComponent = Overlay.Widgets.GiftAlert.GiftAlert;
using LeaderboardComponent = Overlay.Widgets.Leaderboard.Leaderboard;
using LikeGoalComponent = Overlay.Widgets.LikeGoal.LikeGoal;

namespace Overlay.Tests.Widgets.Shared;

/// <summary>
/// Gift pictures in the four widgets that show gifts: an &lt;img&gt; of the app's cached copy with the gift's name as
/// alt text and a size given up front (no layout shift); no image at all without one, and never a CDN address.
/// </summary>
public sealed class GiftImageRenderingTests : BunitContext
{
    private static readonly string Local = FakeGiftImages.PathFor('b');
    private const string Cdn = "https://p16-webcast.tiktokcdn.com/img/rose.png";

    [Fact]
    public void The_gift_alert_shows_the_cached_picture_as_an_img_with_alt_text_and_a_fixed_size()
    {
        var cut = Alert(Local);

        var img = cut.Find("img.gift-img");
        Assert.Equal(Local, img.GetAttribute("src"));
        Assert.Equal("Rose", img.GetAttribute("alt"));
        Assert.Equal(("64", "64"), (img.GetAttribute("width"), img.GetAttribute("height")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Cdn)]
    [InlineData("/gift-images/../admin")]
    public void The_gift_alert_shows_no_picture_without_a_cached_one(string? picture)
    {
        var cut = Alert(picture);

        Assert.Empty(cut.FindAll(".gift-img"));
        Assert.DoesNotContain("tiktokcdn", cut.Markup);
    }

    [Fact]
    public void A_hostile_gift_name_is_alt_text_not_markup()
    {
        var cut = Render<GiftAlertComponent>(p => p.Add(c => c.View, new GiftAlertView(
            new AlertView(1, "ana", null, "\"><script>x</script>", Local, 1, 1), 0, 5000)));

        Assert.Equal("\"><script>x</script>", cut.Find("img.gift-img").GetAttribute("alt"));
        Assert.Empty(cut.FindAll("script"));
    }

    [Fact]
    public void An_activity_feed_gift_row_shows_its_picture_and_other_rows_none()
    {
        var cut = Render<ActivityFeedComponent>(p => p.Add(c => c.View, new ActivityFeedView(
        [
            new ActivityItem(1, ActivityKind.Gift, "ana", null, "Rose", 5, 5) { GiftImageUrl = Local },
            new ActivityItem(2, ActivityKind.Gift, "ben", null, "Lion", 1, 29_999),
            new ActivityItem(3, ActivityKind.Follow, "cy", null),
        ], true, StreamEndView.Live)));

        var img = Assert.Single(cut.FindAll("img.gift-img"));
        Assert.Equal((Local, "Rose", "32"), (img.GetAttribute("src"), img.GetAttribute("alt"), img.GetAttribute("width")));
    }

    [Fact]
    public void A_top_gifter_row_shows_the_biggest_gift()
    {
        var cut = Render<LeaderboardComponent>(p => p.Add(c => c.View, new LeaderboardView("Top gifters", LeaderboardUnit.Diamonds,
        [
            new LeaderboardRow("a", 1, "ana", null, 30_000) { GiftImageUrl = Local, GiftName = "Lion" },
            new LeaderboardRow("b", 2, "ben", null, 5),
        ], StreamEndView.Live)));

        var img = Assert.Single(cut.FindAll("img.gift-img"));
        Assert.Equal((Local, "Lion"), (img.GetAttribute("src"), img.GetAttribute("alt")));
    }

    [Theory]
    [InlineData(GoalStyle.Bar)]
    [InlineData(GoalStyle.Circle)]
    public void A_gift_goal_uses_the_gift_picture_as_its_icon(GoalStyle style)
    {
        var cut = Render<LikeGoalComponent>(p => p.Add(c => c.Goal, new GoalView("100 Roses", 40, 100, style, GoalMetric.Gift)
            { GiftName = "Rose", GiftImageUrl = Local }));

        var img = cut.Find("img.icon.gift-img");
        Assert.Equal((Local, "Rose"), (img.GetAttribute("src"), img.GetAttribute("alt")));
    }

    [Fact]
    public void A_gift_goal_without_a_picture_shows_a_gift_glyph()
    {
        var cut = Render<LikeGoalComponent>(p => p.Add(c => c.Goal, new GoalView("100 Roses", 40, 100, GoalStyle.Bar, GoalMetric.Gift) { GiftName = "Rose" }));

        Assert.Empty(cut.FindAll("img"));
        Assert.Equal("🎁", cut.Find(".icon").TextContent);
    }

    private IRenderedComponent<GiftAlertComponent> Alert(string? picture) =>
        Render<GiftAlertComponent>(p => p.Add(c => c.View, new GiftAlertView(new AlertView(1, "ana", null, "Rose", picture, 5, 5), 0, 5000)));
}
