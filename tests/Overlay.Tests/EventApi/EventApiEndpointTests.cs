using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Overlay.Tests.Admin;
using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;
using Overlay.Web.EventApi;
using Overlay.Web.Events;

namespace Overlay.Tests.EventApi;

/// <summary>/api/events over real sockets: frames from a loopback upstream, through the real rules, to a client.</summary>
public sealed class EventApiEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task First_message_is_hello_with_the_api_version_and_the_chosen_types()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        await using var api = await EventApiConnection.ConnectAsync(h.App, Ct, "?types=Chat, gift");

        var hello = await api.NextAsync(Ct);

        Assert.Equal("hello", hello.GetProperty("type").GetString());
        Assert.Equal(EventApiEndpoint.ApiVersion, hello.GetProperty("apiVersion").GetInt32());
        Assert.Equal(["chat", "gift"], hello.GetProperty("types").EnumerateArray().Select(t => t.GetString()));
        Assert.True(hello.TryGetProperty("timestamp", out _));
    }

    [Fact]
    public async Task A_five_frame_combo_arrives_as_one_gift_event()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var api = await EventApiConnection.ConnectAsync(h.App, Ct, "?types=gift");
        await api.NextAsync(Ct);

        for (var count = 1; count <= 5; count++)
        {
            var frame = Frames.Gift("Rose").From("ana", "Ana 🌹", "42", "https://example.test/ana.png").Group("g1").Id($"r{count}").Repeat(count);
            await socket.SendTextAsync(count == 5 ? frame.Ended() : frame, Ct);
        }
        await socket.SendTextAsync(Frames.Gift("Lion", 6369, 29999).Single().From("leo").Id("lion-1"), Ct);

        var rose = await api.NextAsync(Ct);
        var lion = await api.NextAsync(Ct);
        Assert.Equal("gift", rose.GetProperty("type").GetString());
        Assert.Equal("Rose", rose.GetProperty("giftName").GetString());
        Assert.Equal(5, rose.GetProperty("count").GetInt32());
        Assert.Equal(5, rose.GetProperty("diamonds").GetInt64());
        var user = rose.GetProperty("user");
        Assert.Equal("42", user.GetProperty("userId").GetString());
        Assert.Equal("ana", user.GetProperty("uniqueId").GetString());
        Assert.Equal("Ana 🌹", user.GetProperty("nickname").GetString());
        Assert.Equal("https://example.test/ana.png", user.GetProperty("avatarUrl").GetString());
        Assert.Equal("Lion", lion.GetProperty("giftName").GetString());
    }

    [Fact]
    public async Task A_duplicate_frame_is_not_sent_twice()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var api = await EventApiConnection.ConnectAsync(h.App, Ct, "?types=chat");
        await api.NextAsync(Ct);

        await socket.SendTextAsync(Frames.Chat("first").From("ana").Id("c-1"), Ct);
        await socket.SendTextAsync(Frames.Chat("first").From("ana").Id("c-1"), Ct);
        await socket.SendTextAsync(Frames.Chat("second").From("ana").Id("c-2"), Ct);

        Assert.Equal("first", (await api.NextAsync(Ct)).GetProperty("comment").GetString());
        Assert.Equal("second", (await api.NextAsync(Ct)).GetProperty("comment").GetString());
    }

    [Fact]
    public async Task Hostile_viewer_text_stays_a_json_string()
    {
        const string hostile = "</script><img src=x onerror=alert(1)> \"quoted\" \\ back\nline \u2028 & 'x' {\"type\":\"gift\"}";
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var api = await EventApiConnection.ConnectAsync(h.App, Ct, "?types=chat");
        await api.NextAsync(Ct);

        await socket.SendTextAsync(Frames.Chat(hostile).From("<b>x</b>", "\"},{\"type\":\"gift").Id("h-1"), Ct);

        var raw = await api.NextRawAsync(Ct);
        using var doc = JsonDocument.Parse(raw);
        Assert.Equal("chat", doc.RootElement.GetProperty("type").GetString());
        Assert.Equal(hostile.Replace("\n", " ", StringComparison.Ordinal).Replace("\u2028", " ", StringComparison.Ordinal),
            doc.RootElement.GetProperty("comment").GetString()?.Replace("\n", " ", StringComparison.Ordinal).Replace("\u2028", " ", StringComparison.Ordinal));
        Assert.Equal("\"},{\"type\":\"gift", doc.RootElement.GetProperty("user").GetProperty("nickname").GetString());
        Assert.DoesNotContain("<", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_event_kind_arrives_with_its_type_and_documented_fields()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var api = await EventApiConnection.ConnectAsync(h.App, Ct);
        await api.NextAsync(Ct);

        await socket.SendTextAsync(Frames.RoomInfo("room-7", "Friday", 120, 2_000), Ct);
        await socket.SendTextAsync(Frames.Chat("hi").From("ana").Id("e1"), Ct);
        await socket.SendTextAsync(Frames.Like(15).Total(2_015).From("ana").Id("e2"), Ct);
        await socket.SendTextAsync(Frames.Follow().From("bo").Id("e3"), Ct);
        await socket.SendTextAsync(Frames.Share().From("cy").Id("e4"), Ct);
        await socket.SendTextAsync(Frames.Subscribe(3).From("di").Id("e5"), Ct);
        await socket.SendTextAsync(Frames.Member().From("ed").Id("e6"), Ct);
        await socket.SendTextAsync(Frames.ViewerCount(321).Id("e7"), Ct);
        await socket.SendTextAsync(Frames.Gift("Rose").From("fi").Group("s").Id("e8").Repeat(2), Ct);
        await socket.SendTextAsync(Frames.Emote("https://example.com/sticker.png").From("gu").Id("e10"), Ct);
        await socket.SendTextAsync(Frames.StreamEnd(3).Id("e9"), Ct);

        var room = await api.NextOfTypeAsync("roomInfo", Ct);
        Assert.Equal("room-7", room.GetProperty("roomId").GetString());
        Assert.Equal(120, room.GetProperty("viewerCount").GetInt64());
        Assert.Equal(2_000, room.GetProperty("likeCount").GetInt64());
        Assert.Equal("hi", (await api.NextOfTypeAsync("chat", Ct)).GetProperty("comment").GetString());
        var like = await api.NextOfTypeAsync("like", Ct);
        Assert.Equal(15, like.GetProperty("likeCount").GetInt32());
        Assert.Equal(2_015, like.GetProperty("totalLikeCount").GetInt64());
        Assert.Equal("bo", (await api.NextOfTypeAsync("follow", Ct)).GetProperty("user").GetProperty("uniqueId").GetString());
        Assert.Equal("cy", (await api.NextOfTypeAsync("share", Ct)).GetProperty("user").GetProperty("uniqueId").GetString());
        Assert.Equal(3, (await api.NextOfTypeAsync("subscribe", Ct)).GetProperty("subMonth").GetInt32());
        Assert.Equal("ed", (await api.NextOfTypeAsync("join", Ct)).GetProperty("user").GetProperty("uniqueId").GetString());
        Assert.Equal(321, (await api.NextOfTypeAsync("viewerCount", Ct)).GetProperty("viewerCount").GetInt64());
        var streak = await api.NextOfTypeAsync("giftStreak", Ct);
        var emote = await api.NextOfTypeAsync("emote", Ct);
        Assert.Equal("gu", emote.GetProperty("user").GetProperty("uniqueId").GetString());
        Assert.Equal("https://example.com/sticker.png", emote.GetProperty("imageUrl").GetString());
        Assert.Equal(2, streak.GetProperty("count").GetInt32());
        // streamEnd finishes the open streak first (protocol.md §5 step 8): the finished combo, then the end.
        Assert.Equal(2, (await api.NextOfTypeAsync("gift", Ct)).GetProperty("count").GetInt32());
        var end = await api.NextOfTypeAsync("streamEnd", Ct);
        Assert.Equal(3, end.GetProperty("action").GetInt32());
        Assert.Equal("e9", end.GetProperty("id").GetString());
        Assert.False(end.GetProperty("backlog").GetBoolean());
    }

    [Fact]
    public async Task Nothing_in_the_stream_carries_the_key_or_the_upstream_url()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var api = await EventApiConnection.ConnectAsync(h.App, Ct);
        var messages = new List<string> { await api.NextRawAsync(Ct) };

        await socket.SendTextAsync(Frames.RoomInfo("room-1", "Title"), Ct);
        await socket.SendTextAsync(Frames.Chat("last").From("ana").Id("k1"), Ct);
        do
        {
            messages.Add(await api.NextRawAsync(Ct));
        }
        while (!messages[^1].Contains("\"last\"", StringComparison.Ordinal));

        var all = string.Join("\n", messages);
        Assert.DoesNotContain(UpstreamHarness.PlantedKey, all, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Server.Url.Authority, all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_type_in_the_filter_is_refused_with_the_list_of_types()
    {
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: Ct);
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(EventApiConnection.Url(app, "?types=chat,gifts"), Ct));

        Assert.Equal(HttpStatusCode.BadRequest, socket.HttpStatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("correct horse")]
    public async Task A_client_on_another_device_is_refused_even_with_an_admin_password(string password)
    {
        await using var app = await RunningApp.StartAsync(
            QuietUpstream.Settings(new() { ["Admin:Password"] = password }), RemoteAddressOverride.Register, cancellationToken: Ct);
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader(RemoteAddressOverride.Header, "192.168.1.50");

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(EventApiConnection.Url(app), Ct));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    [Fact]
    public async Task A_client_that_never_reads_loses_events_and_never_slows_the_others()
    {
        const int batches = 120;
        const int batchSize = 200;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), b => b.Logging.AddFakeLogging(), cancellationToken: Ct);
        await using var stuck = await EventApiConnection.ConnectAsync(app, Ct, "?types=chat", read: false);
        await using var reader = await EventApiConnection.ConnectAsync(app, Ct, "?types=chat");
        await reader.NextAsync(Ct);
        var hub = app.Get<EventHub>();
        var comment = new string('x', 1_000);
        var user = new ViewerUser("1", "ana", "Ana", null);

        // Published straight into the hub, a batch at a time: the reading client keeps up, the stuck one cannot.
        for (var batch = 0; batch < batches; batch++)
        {
            for (var i = 0; i < batchSize; i++)
            {
                hub.Publish(new ChatEvent(user, $"{batch}:{i}:{comment}"));
            }
            for (var i = 0; i < batchSize; i++)
            {
                var got = (await reader.NextAsync(Ct)).GetProperty("comment").GetString()!;
                Assert.StartsWith($"{batch}:{i}:", got, StringComparison.Ordinal);
            }
        }

        Assert.True(app.Get<OverlayMetrics>().Dropped(DropReason.EventApiClientSlow) > 0);
        // One burst that never ends: one warning, not one per dropped event.
        Assert.Single(app.Services.GetFakeLogCollector().GetSnapshot(), r => r.Message.Contains("reads too slowly", StringComparison.Ordinal));
    }
}
