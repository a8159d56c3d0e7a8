using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;

namespace Overlay.Tests.EventApi;

/// <summary>The §10 events on /api/events, over a real upstream socket and a real API socket.</summary>
public sealed class EventApiV3Tests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deletes_captions_battles_and_the_v32_stream_end_arrive_with_their_fields()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var api = await EventApiConnection.ConnectAsync(h.App, Ct);
        await using var gifts = await EventApiConnection.ConnectAsync(h.App, Ct, "?types=gift,giftStreak,streamEnd");
        await api.NextAsync(Ct);
        await gifts.NextAsync(Ct);

        await socket.SendTextAsync(Frames.Chat("bye").From("ana").Id("c1").Set("messageUuid", "u1").Set("language", "en"), Ct);
        await socket.SendTextAsync("""{"event":"imDelete","data":{"deletedMsgId":"u1"}}""", Ct);
        await socket.SendTextAsync("""{"event":"caption","data":{"text":"hello there","isFinal":false}}""", Ct);
        await socket.SendTextAsync("""{"event":"battle","data":{"battleId":"b1","status":1,"battleDuration":300}}""", Ct);
        await socket.SendTextAsync("""{"event":"battleArmies","data":{"battleId":"b1","secsRemaining":90,"hosts":[{"teamIdx":0,"teamTotalScore":120},{"teamIdx":1,"teamTotalScore":80},{"teamIdx":0,"teamTotalScore":5}]}}""", Ct);
        await socket.SendTextAsync("""{"event":"battleItemCard","data":{"effect":"booster_x2","multiplier":2,"senderNickname":"Bo","durationSec":30}}""", Ct);
        await socket.SendTextAsync("""{"event":"linkMicOpponentGift","data":{"giftId":1,"giftName":"Lion","diamondCount":29999,"user":{"uniqueId":"them"}}}""", Ct);
        await socket.SendTextAsync("""{"event":"streamEnd","data":{"reason":"creator_offline","reconnect":true,"closeCode":4005}}""", Ct);

        var chat = await api.NextOfTypeAsync("chat", Ct);
        Assert.Equal(("c1", "u1", "en"), (chat.GetProperty("id").GetString(), chat.GetProperty("messageUuid").GetString(), chat.GetProperty("language").GetString()));
        Assert.Equal("u1", (await api.NextOfTypeAsync("chatDeleted", Ct)).GetProperty("deletedMsgId").GetString());
        var caption = await api.NextOfTypeAsync("caption", Ct);
        Assert.Equal("hello there", caption.GetProperty("text").GetString());
        Assert.False(caption.GetProperty("isFinal").GetBoolean());
        Assert.Equal("active", (await api.NextOfTypeAsync("battle", Ct)).GetProperty("status").GetString());
        var score = await api.NextOfTypeAsync("battleScore", Ct);
        Assert.Equal((125, 80, 90), (score.GetProperty("ourScore").GetInt64(), score.GetProperty("theirScore").GetInt64(), score.GetProperty("secondsRemaining").GetInt32()));
        Assert.Equal("booster_x2", (await api.NextOfTypeAsync("battleBooster", Ct)).GetProperty("effect").GetString());
        var end = await api.NextOfTypeAsync("streamEnd", Ct);
        Assert.Equal("creator_offline", end.GetProperty("reason").GetString());
        // The opponent's Lion came before the end: on a gift-only connection, the end is the first thing after hello.
        Assert.Equal("streamEnd", (await gifts.NextAsync(Ct)).GetProperty("type").GetString());
    }
}
