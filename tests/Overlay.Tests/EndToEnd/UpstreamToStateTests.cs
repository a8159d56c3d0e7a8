using System.Text.Json;
using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Tests.EndToEnd;

/// <summary>Frames sent by a real upstream socket reach widget state through the real parser, rules and hub.</summary>
public sealed class UpstreamToStateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Chat_sent_upstream_reaches_the_chat_ticker_as_plain_text()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        const string hostile = "<img src=x onerror=alert(1)> 👋 مرحبا";

        await socket.SendTextAsync(Frames.RoomInfo("room-1", "Friday chill", 100, 50), Ct);
        await socket.SendTextAsync(Frames.Chat(hostile).From("ana", "Ana 🌸").Id("c1"), Ct);

        var view = await h.App.Source<ChatTickerView>("chat-ticker").WaitForAsync(v => v.Lines.Count > 0, Ct);
        var line = Assert.Single(view.Lines);
        Assert.Equal("Ana 🌸", line.Nickname);
        Assert.Equal(hostile, line.Comment);
    }

    [Fact]
    public async Task A_five_frame_gift_streak_shows_one_alert_with_the_final_count()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        var alerts = h.App.Source<GiftAlertView>("gift-alert");
        var shown = new List<long>();
        using var _ = alerts.Subscribe(() => { if (alerts.Current.Current is { } a && !shown.Contains(a.Id)) shown.Add(a.Id); });

        for (var count = 1; count <= 5; count++)
        {
            await socket.SendTextAsync(Frames.Gift("Rose", diamonds: 1).From("gifter").Group("g1").Id($"g-{count}").Repeat(count), Ct);
        }
        await socket.SendTextAsync(Frames.Gift("Rose", diamonds: 1).From("gifter").Group("g1").Id("g-end").Repeat(5).Ended(), Ct);

        var view = await alerts.WaitForAsync(v => v.Current is not null, Ct);
        Assert.Equal(5, view.Current!.Count);
        Assert.Equal(5, view.Current.Diamonds);
        Assert.Equal("Rose", view.Current.GiftName);
        Assert.Equal(0, view.Queued);
        Assert.Single(shown);
    }

    [Fact]
    public async Task Like_goal_follows_the_room_total_not_the_sum_of_batches()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);

        await socket.SendTextAsync(Frames.RoomInfo("room-1", likes: 5_000), Ct);
        await socket.SendTextAsync(Frames.Like(15).Total(5_100).From("a"), Ct);
        await socket.SendTextAsync(Frames.Like(15).Total(5_050).From("b"), Ct);
        await socket.SendTextAsync(Frames.Like(15).Total(6_000).From("c"), Ct);

        var goal = await h.App.Source<GoalView>("like-goal").WaitForAsync(v => v.Current == 6_000, Ct);
        Assert.Equal(10_000, goal.Target);
    }

    [Fact]
    public async Task Hostile_frames_are_counted_and_neither_crash_nor_disconnect()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);

        await socket.SendTextAsync("not json at all", Ct);
        await socket.SendTextAsync("[1,2,3]", Ct);
        await socket.SendTextAsync(new string('[', 10_000), Ct);
        await socket.SendTextAsync("{\"event\":\"chat\",\"data\":\"oops\"}", Ct);
        await socket.SendBinaryAsync([0xC3, 0x28, 0xFF], Ct);
        await socket.SendTextAsync("{\"event\":\"chat\",\"data\":{\"comment\":\"x\",\"user\":{\"nickname\":\"" + new string('a', 1_100_000) + "\"}}}", Ct);
        await socket.SendTextAsync(Frames.Chat("still here").From("ana").Id("after"), Ct);

        await h.App.Source<ChatTickerView>("chat-ticker").WaitForAsync(v => v.Lines.Any(l => l.Comment == "still here"), Ct);
        using var http = new HttpClient { BaseAddress = h.App.BaseUri };
        using var health = JsonDocument.Parse(await http.GetStringAsync("healthz", Ct));
        var dropped = health.RootElement.GetProperty("dropped");
        Assert.Equal(1, dropped.GetProperty(nameof(DropReason.NotJson)).GetInt64());
        Assert.Equal(1, dropped.GetProperty(nameof(DropReason.NotAnObject)).GetInt64());
        Assert.Equal(1, dropped.GetProperty(nameof(DropReason.TooDeep)).GetInt64());
        Assert.Equal(1, dropped.GetProperty(nameof(DropReason.MissingData)).GetInt64());
        Assert.Equal(1, dropped.GetProperty(nameof(DropReason.InvalidUtf8)).GetInt64());
        Assert.Equal(1, dropped.GetProperty(nameof(DropReason.TooLarge)).GetInt64());
        Assert.Equal(1, h.Server.AttemptCount);
    }

    [Fact]
    public async Task Messages_replayed_after_a_reconnect_are_shown_once()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var first = await h.NextConnectedAttemptAsync(Ct);
        await first.SendTextAsync(Frames.RoomInfo("room-1"), Ct);
        await first.SendTextAsync(Frames.Chat("once").From("ana").Id("m-1"), Ct);
        var chat = h.App.Source<ChatTickerView>("chat-ticker");
        await chat.WaitForAsync(v => v.Lines.Count == 1, Ct);

        first.Abort();
        await h.WaitForReconnectingAsync(1, Ct);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var second = await h.NextConnectedAttemptAsync(Ct);
        await second.SendTextAsync(Frames.RoomInfo("room-1"), Ct);
        await second.SendTextAsync(Frames.Chat("once").From("ana").Id("m-1"), Ct);
        await second.SendTextAsync(Frames.Chat("new").From("ana").Id("m-2"), Ct);

        var view = await chat.WaitForAsync(v => v.Lines.Any(l => l.Comment == "new"), Ct);
        Assert.Equal(["once", "new"], view.Lines.Select(l => l.Comment));
    }
}
