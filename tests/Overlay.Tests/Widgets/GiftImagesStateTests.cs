using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Tests.Storage;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Pipeline;
using Overlay.Web.Storage;
using Overlay.Web.Widgets;
using Overlay.Widgets.ActivityFeed;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.Leaderboard;
using Overlay.Widgets.LikeGoal;
using Overlay.Widgets.Shared;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

/// <summary>Every widget that shows gifts gets the app's cached copy of the picture, and none when its switch is off.</summary>
public sealed class GiftImagesStateTests : IDisposable
{
    private const string Cdn = "https://p16-webcast.tiktokcdn.com/img/lion.png";

    private readonly EventHub _hub = Hub();
    private readonly FakeGiftImages _images = new();
    private readonly StreamPhase _phase;

    public GiftImagesStateTests() => _phase = new StreamPhase(_hub);

    public void Dispose() => _phase.Dispose();

    private static GiftComboEvent Lion(string from = "ana", int count = 1) =>
        new(User(from), "6369", "Lion", Cdn, 29_999, count, ComboPhase.Finished, count);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_gift_alert_carries_the_local_picture_only_while_gift_images_are_on(bool show)
    {
        var alert = AlertComposer.Compose(Lion(), new GiftAlertSettings { ShowGiftImages = show }, 1, null, _images)!;

        Assert.Equal(show ? _images.LocalUrl(Cdn) : null, alert.GiftPictureUrl);
        Assert.NotEqual(Cdn, alert.GiftPictureUrl);
    }

    [Fact]
    public void Gift_images_are_on_by_default_in_the_alert_box()
    {
        var alert = AlertComposer.Compose(Lion(), new GiftAlertSettings(), 1, null, _images)!;

        Assert.NotNull(LocalImage.Accept(alert.GiftPictureUrl));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Activity_feed_gift_rows_carry_the_local_picture_only_while_gift_images_are_on(bool show)
    {
        using var state = new ActivityFeedState(new ActivityFeedSettings { ShowGiftImages = show }, _hub,
            NullLogger<ActivityFeedState>.Instance, _phase, _images);

        _hub.Publish(Lion());

        Assert.Equal(show ? _images.LocalUrl(Cdn) : null, Assert.Single(state.Current.Items).GiftImageUrl);
    }

    [Fact]
    public async Task Top_gifters_show_each_gifters_most_valuable_gift()
    {
        using var files = new TempStore();
        using var tracker = new LeaderboardTracker(_hub, new LeaderboardRepository(files.Open()), new FakeTimeProvider(Start), NullLogger<LeaderboardTracker>.Instance);
        await tracker.StartAsync(TestContext.Current.CancellationToken);
        using var state = new LeaderboardState(new LeaderboardSettings(), LeaderboardUnit.Diamonds, tracker, _hub,
            NullLogger<LeaderboardState>.Instance, _phase, _images);
        var rose = new GiftComboEvent(User("ana"), "5655", "Rose", "https://p16-webcast.tiktokcdn.com/img/rose.png", 1, 100, ComboPhase.Finished, 100);

        _hub.Publish(rose);
        _hub.Publish(Lion());
        _hub.Publish(rose);

        var row = Assert.Single(state.Current.Rows);
        Assert.Equal(("Lion", _images.LocalUrl(Cdn)), (row.GiftName, row.GiftImageUrl));
    }

    [Fact]
    public async Task Top_gifters_without_gift_images_show_none()
    {
        using var files = new TempStore();
        using var tracker = new LeaderboardTracker(_hub, new LeaderboardRepository(files.Open()), new FakeTimeProvider(Start), NullLogger<LeaderboardTracker>.Instance);
        await tracker.StartAsync(TestContext.Current.CancellationToken);
        using var state = new LeaderboardState(new LeaderboardSettings { ShowGiftImages = false }, LeaderboardUnit.Diamonds, tracker, _hub,
            NullLogger<LeaderboardState>.Instance, _phase, _images);

        _hub.Publish(Lion());

        Assert.Null(Assert.Single(state.Current.Rows).GiftImageUrl);
    }
}
