using System.Text.Json;
using Overlay.Web.Events;
using static Overlay.Web.Protocol.EventMapper;

namespace Overlay.Web.Protocol;

/// <summary>Maps the v3 PK battle and caption frames (protocol.md §10). Arrays are capped; any field may be missing.</summary>
internal static class BattleMapper
{
    /// <summary>Up to 4 hosts a side in multi-guest PKs (§10).</summary>
    public const int MaxHosts = 8;

    public const int MaxContributors = 5;

    public static BattleEvent Battle(JsonElement data, string id, DateTimeOffset? at) => new(
        JsonRead.Id(data, "battleId"u8),
        JsonRead.OptionalCode(data, "status"u8) is int status and >= 1 and <= 4 ? (BattleStatus)status : BattleStatus.Unknown,
        JsonRead.Count(data, "battleDuration"u8))
    {
        DedupeId = id,
        SentAt = at,
    };

    public static BattleArmiesEvent Armies(JsonElement data, DateTimeOffset? at)
    {
        var hosts = new List<BattleHost>();
        if (JsonRead.TryGet(data, "hosts"u8, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var host in array.EnumerateArray())
            {
                if (host.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }
                hosts.Add(new BattleHost(
                    JsonRead.Id(host, "hostUserId"u8),
                    JsonRead.OptionalTotal(host, "teamTotalScore"u8) ?? 0,
                    JsonRead.Count(host, "teamIdx"u8) == 1 ? 1 : 0,
                    Contributors(host)));
                if (hosts.Count == MaxHosts)
                {
                    break;
                }
            }
        }
        BattleGift? lastGift = ObjectAt(data, "lastGift"u8) is { } gift
            ? new BattleGift(
                JsonRead.Id(gift, "gifterUserId"u8),
                JsonRead.Id(gift, "giftId"u8),
                JsonRead.Count(gift, "count"u8),
                JsonRead.Count(gift, "diamondCount"u8),
                JsonRead.Count(gift, "repeatCount"u8),
                JsonRead.Url(gift, "giftPictureUrl"u8))
            : null;
        // §10: a score frame is deduped on (transactionId, lastGift.repeatCount); without one, on msgId as usual.
        var transaction = JsonRead.Id(data, "transactionId"u8);
        var id = transaction.Length > 0
            ? $"ba:{transaction}:{lastGift?.RepeatCount ?? 0}"
            : JsonRead.Id(data, "msgId"u8);
        return new BattleArmiesEvent(
            JsonRead.Id(data, "battleId"u8),
            JsonRead.Millis(data, "serverTsMs"u8),
            JsonRead.OptionalCount(data, "secsRemaining"u8),
            JsonRead.OptionalCount(data, "durationSec"u8),
            hosts,
            lastGift)
        {
            DedupeId = id,
            SentAt = at,
        };
    }

    public static BattleBoosterEvent Booster(JsonElement data, string id, DateTimeOffset? at) => new(
        Word(data, "effect"u8),
        Math.Max(JsonRead.Count(data, "multiplier"u8), 1),
        JsonRead.Text(data, "senderNickname"u8, SafeText.NameMax),
        JsonRead.Count(data, "durationSec"u8),
        JsonRead.Url(data, "iconUrl"u8))
    {
        DedupeId = id,
        SentAt = at,
    };

    public static OpponentGiftEvent OpponentGift(JsonElement data, string id, DateTimeOffset? at) => new(
        UserReader.Read(data),
        JsonRead.Id(data, "giftId"u8),
        JsonRead.Text(data, "giftName"u8, SafeText.NameMax),
        JsonRead.Count(data, "diamondCount"u8),
        Math.Max(JsonRead.Count(data, "repeatCount"u8, fallback: 1), 1),
        JsonRead.Url(data, "giftPictureUrl"u8))
    {
        DedupeId = id,
        SentAt = at,
    };

    public static CaptionEvent Caption(JsonElement data, string id, DateTimeOffset? at) => new(
        JsonRead.Text(data, "text"u8, SafeText.CommentMax),
        JsonRead.Bool(data, "isFinal"u8),
        JsonRead.Millis(data, "startedAtMs"u8),
        JsonRead.Millis(data, "endsAtMs"u8))
    {
        DedupeId = id,
        SentAt = at,
    };

    // Sorted MVP first on the wire (§10); kept in that order.
    private static IReadOnlyList<BattleContributor> Contributors(JsonElement host)
    {
        if (!JsonRead.TryGet(host, "contributors"u8, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        var contributors = new List<BattleContributor>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            contributors.Add(new BattleContributor(
                JsonRead.Id(item, "userId"u8),
                JsonRead.Text(item, "nickname"u8, SafeText.NameMax),
                JsonRead.OptionalTotal(item, "score"u8) ?? 0));
            if (contributors.Count == MaxContributors)
            {
                break;
            }
        }
        return contributors;
    }
}
