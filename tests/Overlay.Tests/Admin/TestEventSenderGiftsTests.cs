using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Web.Storage;
using Overlay.Web.Widgets;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Tests.Admin;

/// <summary>Test gifts of any catalogue gift, through the frame channel and the real parser, rules and widgets.</summary>
public sealed class TestEventSenderGiftsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Seen = new(2026, 11, 24, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_catalogue_gift_alerts_once_with_its_name_count_and_value()
    {
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: Ct);
        var galaxy = new CatalogGift("11046", "Galaxy", 1000, "https://p16-webcast.tiktokcdn.com/img/galaxy.png", Seen, Seen);

        Assert.True(app.Get<TestEventSender>().SendCatalogGift(galaxy, 3));
        var view = await app.Source<GiftAlertView>("gift-alert").WaitForAsync(v => v.Current is not null, Ct);

        Assert.Equal(("Galaxy", 3, 3000L), (view.Current!.GiftName, view.Current.Count, view.Current.Diamonds));
        Assert.StartsWith("/gift-images/", view.Current.GiftPictureUrl);
    }

    [Fact]
    public async Task A_gift_learned_without_an_id_is_sent_by_name_and_counts_in_its_gift_goal()
    {
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: Ct);
        app.Get<WidgetInstanceService>().UpdateSettings("like-goal", new LikeGoalSettings { Title = "Hearts", Metric = GoalMetric.Gift, GiftName = "Heart", Target = 10 });
        var heart = new CatalogGift("name:Heart", "Heart", 10, null, Seen, Seen);

        app.Get<TestEventSender>().SendCatalogGift(heart, 4);
        var goal = await app.Source<GoalView>("like-goal").WaitForAsync(v => v.Current > 0, Ct);

        Assert.Equal((4L, "Heart"), (goal.Current, goal.GiftName));
    }
}
