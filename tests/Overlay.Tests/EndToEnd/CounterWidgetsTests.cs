using Overlay.Web.Widgets;
using Microsoft.Playwright;
using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Web.Events;
using Overlay.Widgets.ActivityFeed;
using Overlay.Widgets.Leaderboard;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>
/// The counter widgets as a streamer adds them: created in the admin's instance service, opened in Chromium, fed
/// by frames from a real upstream socket, through the real parser, rules and combo tracker.
/// </summary>
[Trait("Category", "Browser")]
public sealed class CounterWidgetsTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Create(UpstreamHarness h, WidgetKind kind, object? settings = null)
    {
        var widgets = h.App.Get<WidgetInstanceService>();
        var slug = widgets.Create(kind, kind.ToString()).Instance.Slug;
        if (settings is not null)
        {
            widgets.UpdateSettings(slug, settings);
        }
        return slug;
    }

    private static async Task SendGiftComboAsync(TestUpstreamServer.Attempt socket, string from, string nickname, string group, int count, int diamonds)
    {
        for (var i = 1; i <= count; i++)
        {
            await socket.SendTextAsync(Frames.Gift("Rose", diamonds: diamonds).From(from, nickname, userId: "id-" + from).Group(group).Id($"{group}-{i}").Repeat(i), Ct);
        }
        await socket.SendTextAsync(Frames.Gift("Rose", diamonds: diamonds).From(from, nickname, userId: "id-" + from).Group(group).Id($"{group}-end").Repeat(count).Ended(), Ct);
    }

    [Fact]
    public async Task Viewer_count_shows_the_rooms_viewers_and_peak_then_the_stream_ended_message()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        var slug = Create(h, WidgetKinds.ViewerCount);
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl(slug));

        await socket.SendTextAsync(Frames.RoomInfo("room-1", "Friday chill", 120), Ct);
        await Expect(page.Locator(".viewer-count .count")).ToHaveTextAsync("120");
        await socket.SendTextAsync(Frames.ViewerCount(1_500), Ct);
        await socket.SendTextAsync(Frames.ViewerCount(1_234), Ct);

        await Expect(page.Locator(".viewer-count .count")).ToHaveTextAsync("1,234");
        await Expect(page.Locator(".viewer-count .peak-count")).ToHaveTextAsync("1,500");
        await Expect(page.Locator(".viewer-count .label")).ToHaveTextAsync("viewers");

        await socket.SendTextAsync(Frames.StreamEnd(), Ct);

        await Expect(page.Locator(".stream-end-text")).ToHaveTextAsync("Stream ended");
        await Expect(page.Locator(".viewer-count")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Activity_feed_lists_follows_finished_gift_combos_subscriptions_and_shares_newest_first()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        var slug = Create(h, WidgetKinds.ActivityFeed);
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl(slug));

        await socket.SendTextAsync(Frames.Follow().From("ana", "Ana 🌸", avatarUrl: "javascript:alert(1)").Id("f-1"), Ct);
        await SendGiftComboAsync(socket, "ben", "Ben", "g1", count: 4, diamonds: 1);
        await socket.SendTextAsync(Frames.Subscribe(2).From("cy", "<b>Cy</b>").Id("s-1"), Ct);
        await socket.SendTextAsync(Frames.Share().From("di", "ديما").Id("sh-1"), Ct);

        await Expect(page.Locator(".activity-feed .nickname")).ToHaveTextAsync(["ديما", "<b>Cy</b>", "Ben", "Ana 🌸"]);
        await Expect(page.Locator(".activity-feed .row[data-kind='gift'] .count")).ToHaveTextAsync("×4");
        await Expect(page.Locator(".activity-feed .initials")).ToHaveTextAsync(["د", "<", "B", "A"]);
        Assert.Equal(0, await page.Locator(".activity-feed .avatar-img, .activity-feed b").CountAsync());
    }

    [Fact]
    public async Task Activity_feed_settings_from_the_admin_filter_kinds_and_flip_the_order()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        var slug = Create(h, WidgetKinds.ActivityFeed, new ActivityFeedSettings { ShowShares = false, NewestOnTop = false, MaxRows = 2 });
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl(slug));

        await socket.SendTextAsync(Frames.Share().From("sharer").Id("sh-1"), Ct);
        foreach (var name in new[] { "one", "two", "three" })
        {
            await socket.SendTextAsync(Frames.Follow().From(name).Id("f-" + name), Ct);
        }

        await Expect(page.Locator(".activity-feed .nickname")).ToHaveTextAsync(["two", "three"]);
    }

    [Fact]
    public async Task Leaderboards_rank_gifters_by_diamonds_once_per_combo_and_likers_by_likes()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        var gifters = Create(h, WidgetKinds.TopGifters, new LeaderboardSettings { Rows = 2 });
        var likers = Create(h, WidgetKinds.TopLikers);
        await using var context = await browser.NewContextAsync(800, 600);
        var gifterPage = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl(gifters));
        var likerPage = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl(likers));
        await Expect(gifterPage.Locator(".leaderboard .empty")).ToHaveTextAsync("No gifts yet");

        await socket.SendTextAsync(Frames.RoomInfo("room-1"), Ct);
        await SendGiftComboAsync(socket, "ana", "Ana", "g1", count: 5, diamonds: 10);
        await SendGiftComboAsync(socket, "ben", "Ben", "g2", count: 1, diamonds: 100);
        await SendGiftComboAsync(socket, "cy", "Cy", "g3", count: 1, diamonds: 1);
        await SendGiftComboAsync(socket, "ana", "Ana (renamed)", "g4", count: 3, diamonds: 10);
        await socket.SendTextAsync(Frames.Like(15).From("liker", "Liker", userId: "id-liker").Id("l-1"), Ct);
        await socket.SendTextAsync(Frames.Like(20).From("fan", "Fan", userId: "id-fan").Id("l-2"), Ct);
        await socket.SendTextAsync(Frames.Like(10).From("liker", "Liker", userId: "id-liker").Id("l-3"), Ct);

        await Expect(gifterPage.Locator(".leaderboard .nickname")).ToHaveTextAsync(["Ben", "Ana (renamed)"]);
        await Expect(gifterPage.Locator(".leaderboard .score-value")).ToHaveTextAsync(["100", "80"]);
        await Expect(gifterPage.Locator(".leaderboard .title")).ToHaveTextAsync("Top gifters");
        await Expect(likerPage.Locator(".leaderboard .nickname")).ToHaveTextAsync(["Liker", "Fan"]);
        await Expect(likerPage.Locator(".leaderboard .score-value")).ToHaveTextAsync(["25", "20"]);
    }

    [Fact]
    public async Task Widgets_created_after_the_stream_ended_show_it_at_once_and_the_next_stream_makes_them_live()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await socket.SendTextAsync(Frames.RoomInfo("room-1", "Friday chill", 120), Ct);
        var ended = h.App.Get<EventHub>().WaitForAsync(e => e is StreamEndEvent, Ct);
        await socket.SendTextAsync(Frames.StreamEnd(), Ct);
        await ended;

        var viewers = Create(h, WidgetKinds.ViewerCount);
        var gifters = Create(h, WidgetKinds.TopGifters, new LeaderboardSettings { StreamEndedText = "Thanks!" });
        await using var context = await browser.NewContextAsync(800, 600);
        var viewerPage = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl(viewers));
        var gifterPage = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl(gifters));

        await Expect(viewerPage.Locator(".stream-end-text")).ToHaveTextAsync("Stream ended");
        await Expect(viewerPage.Locator(".viewer-count")).ToHaveCountAsync(0);
        await Expect(gifterPage.Locator(".stream-end-text")).ToHaveTextAsync("Thanks!");

        await socket.SendTextAsync(Frames.RoomInfo("room-2", "Next stream", 40), Ct);

        await Expect(viewerPage.Locator(".viewer-count .count")).ToHaveTextAsync("40");
        await Expect(viewerPage.Locator("[data-stream-ended]")).ToHaveCountAsync(0);
        await Expect(gifterPage.Locator(".stream-end-text")).ToHaveCountAsync(0);
        await Expect(gifterPage.Locator(".leaderboard")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_stream_that_ends_only_by_close_code_hides_a_leaderboard_set_to_hide()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        var slug = Create(h, WidgetKinds.TopLikers, new LeaderboardSettings { HideWhenStreamEnds = true });
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl(slug));
        await socket.SendTextAsync(Frames.Like(3).From("liker").Id("l-1"), Ct);
        await Expect(page.Locator(".leaderboard .nickname")).ToHaveTextAsync(["liker"]);

        await socket.CloseAsync(4005, "stream ended", Ct);

        await Expect(page.Locator("[data-stream-ended]")).ToHaveCountAsync(1);
        await Expect(page.Locator(".leaderboard")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Leaderboard_scores_are_saved_to_the_store_on_the_save_interval()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        var slug = Create(h, WidgetKinds.TopLikers);
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl(slug));
        await socket.SendTextAsync(Frames.Like(9).From("liker", "Liker", userId: "id-liker").Id("l-1"), Ct);
        await Expect(page.Locator(".leaderboard .score-value")).ToHaveTextAsync(["9"]);
        var repository = h.App.Get<Overlay.Web.Storage.LeaderboardRepository>();
        var before = repository.LoadTop(LeaderboardTracker.BoardKey(LeaderboardUnit.Likes, allTime: true), 10);

        h.Time.Advance(LeaderboardTracker.SaveInterval);

        Assert.Empty(before);
        var saved = Assert.Single(repository.LoadTop(LeaderboardTracker.BoardKey(LeaderboardUnit.Likes, allTime: true), 10));
        Assert.Equal(("id-liker", "Liker", 9L), (saved.UserId, saved.Nickname, saved.Score));
    }
}
