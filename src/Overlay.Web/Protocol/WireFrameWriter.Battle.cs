using System.Text.Json.Nodes;

namespace Overlay.Web.Protocol;

/// <summary>The schema v3 frames (protocol.md §10): moderation deletes, PK battles and live captions.</summary>
public static partial class WireFrameWriter
{
    /// <summary>A PK contributor as battleArmies lists them, MVP first (§10).</summary>
    public sealed record Contributor(string UserId, string Nickname, long Score);

    /// <summary>One host of a PK: team 0 is the left side, 1 the right; contributors sorted MVP first.</summary>
    public sealed record Host(string HostUserId, long TeamScore, int Team, IReadOnlyList<Contributor> Contributors);

    /// <summary>A moderator deleted a chat (§10 imDelete); <paramref name="deletedMsgId"/> names its msgId or messageUuid.</summary>
    public static string ImDelete(string deletedMsgId)
    {
        var frame = Envelope("imDelete");
        var data = (JsonObject)frame["data"]!;
        data["deletedMsgId"] = deletedMsgId;
        data["protoVersion"] = 3;
        return ToWire(frame);
    }

    /// <summary>A battle frame; <paramref name="status"/> 1 active, 2 starting, 3 ended, 4 preparing (§10).</summary>
    public static string Battle(string msgId, string battleId, int status, int durationSeconds, DateTimeOffset at) =>
        Event("battle", msgId, null, at, d =>
        {
            d["battleId"] = battleId;
            d["status"] = status;
            d["battleDuration"] = durationSeconds;
            d["protoVersion"] = 3;
        });

    /// <summary>
    /// A periodic PK score frame. With a <paramref name="transactionId"/> it is deduped on it and
    /// <paramref name="repeatCount"/>, the repeatCount of the lastGift it carries (§10).
    /// </summary>
    public static string BattleArmies(
        string msgId, string battleId, DateTimeOffset serverTime, int secondsRemaining, int durationSeconds,
        IReadOnlyList<Host> hosts, string? transactionId = null, int repeatCount = 1) =>
        Event("battleArmies", msgId, null, serverTime, d =>
        {
            d["battleId"] = battleId;
            d["serverTsMs"] = serverTime.ToUnixTimeMilliseconds();
            d["secsRemaining"] = secondsRemaining;
            d["durationSec"] = durationSeconds;
            d["hosts"] = new JsonArray([.. hosts.Select(HostObject)]);
            if (transactionId is not null)
            {
                d["transactionId"] = transactionId;
                d["lastGift"] = new JsonObject { ["gifterUserId"] = "0", ["giftId"] = "5655", ["count"] = 1, ["diamondCount"] = 1, ["repeatCount"] = repeatCount };
            }
            d["protoVersion"] = 3;
        });

    /// <summary>A PK booster card (§10 battleItemCard): gloves, mist, booster_x2 …</summary>
    public static string BattleItemCard(string msgId, string effect, int multiplier, string senderNickname, int durationSeconds, string? iconUrl, DateTimeOffset at) =>
        Event("battleItemCard", msgId, null, at, d =>
        {
            d["effect"] = effect;
            d["multiplier"] = multiplier;
            d["senderNickname"] = senderNickname;
            d["durationSec"] = durationSeconds;
            if (iconUrl is not null)
            {
                d["iconUrl"] = iconUrl;
            }
            d["protoVersion"] = 3;
        });

    /// <summary>A gift in the opponent's room during a PK (§10 linkMicOpponentGift): never a gift to our creator.</summary>
    public static string OpponentGift(string msgId, User user, DateTimeOffset at, int giftId, string giftName, int diamonds, int repeatCount, string? pictureUrl) =>
        Event("linkMicOpponentGift", msgId, user, at, d =>
        {
            d["giftId"] = giftId;
            d["giftName"] = giftName;
            d["diamondCount"] = diamonds;
            d["repeatCount"] = repeatCount;
            if (pictureUrl is not null)
            {
                d["giftPictureUrl"] = pictureUrl;
            }
        });

    /// <summary>A live caption window (§10): partial while the creator talks, then the final one of the segment.</summary>
    public static string Caption(string msgId, string text, bool isFinal, DateTimeOffset startedAt, DateTimeOffset endsAt) =>
        Event("caption", msgId, null, endsAt, d =>
        {
            d["text"] = text;
            d["isFinal"] = isFinal;
            d["startedAtMs"] = startedAt.ToUnixTimeMilliseconds();
            d["endsAtMs"] = endsAt.ToUnixTimeMilliseconds();
            d["protoVersion"] = 3;
        });

    private static JsonObject HostObject(Host host) => new()
    {
        ["hostUserId"] = host.HostUserId,
        ["teamTotalScore"] = host.TeamScore,
        ["teamIdx"] = host.Team,
        ["contributors"] = new JsonArray([.. host.Contributors.Select(c => (JsonNode)new JsonObject
        {
            ["userId"] = c.UserId, ["nickname"] = c.Nickname, ["score"] = c.Score,
        })]),
    };
}
