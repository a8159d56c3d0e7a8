using System.Text.Json;
using Overlay.Web.Events;
using static Overlay.Web.Protocol.EventNames;

namespace Overlay.Web.Protocol;

/// <summary>Maps the <c>data</c> object of a named frame to its event record (protocol.md §4).</summary>
internal static class EventMapper
{
    /// <summary>Maps a frame whose <c>data</c> is an object. Not for roomInfo or housekeeping frames.</summary>
    public static FrameParseResult Map(string name, Kind kind, JsonElement data)
    {
        // Set through initializers rather than `with`, which would copy every event once more.
        string id = DedupeId(data);
        var at = SentAt(data);
        OverlayEvent? evt = kind switch
        {
            Kind.Chat => new ChatEvent(UserReader.Read(data), JsonRead.Text(data, "comment"u8, SafeText.CommentMax))
            {
                DedupeId = id, SentAt = at, EmoteUrls = ChatEmotes(data),
                MsgId = JsonRead.Id(data, "msgId"u8), MessageUuid = JsonRead.Id(data, "messageUuid"u8),
                Language = Word(data, "language"u8),
            },
            Kind.Gift => Gift(data, at),
            Kind.Like => new LikeEvent(
                UserReader.Read(data),
                JsonRead.Count(data, "likeCount"u8),
                JsonRead.OptionalTotal(data, "totalLikeCount"u8) ?? JsonRead.OptionalTotal(data, "totalLikes"u8))
                { DedupeId = id, SentAt = at },
            Kind.Member => IsJoin(data)
                ? new MemberEvent(UserReader.Read(data))
                    { DedupeId = id, SentAt = at, EntrySource = Word(data, "entrySource"u8), EntryAction = Word(data, "entryAction"u8) }
                : null,
            Kind.Follow => new FollowEvent(UserReader.Read(data)) { DedupeId = id, SentAt = at },
            Kind.Share => new ShareEvent(UserReader.Read(data)) { DedupeId = id, SentAt = at },
            Kind.Social => Social(data, id, at),
            Kind.Subscribe => new SubscribeEvent(UserReader.Read(data), JsonRead.Count(data, "subMonth"u8))
                { DedupeId = id, SentAt = at },
            Kind.ViewerCount => ViewerCount(data, id, at),
            Kind.StreamEnd => StreamEnd(data, id, at),
            // §4 emote: the image is emoteUrl, on some versions emoteImageUrl; a hostile or relative one becomes null.
            Kind.Emote => new EmoteEvent(UserReader.Read(data), JsonRead.Url(data, "emoteUrl"u8) ?? JsonRead.Url(data, "emoteImageUrl"u8))
                { DedupeId = id, SentAt = at },
            Kind.ChatDeleted => JsonRead.Id(data, "deletedMsgId"u8) is { Length: > 0 } deleted
                ? new ChatDeletedEvent(deleted) { DedupeId = id, SentAt = at }
                : null,
            Kind.Caption => BattleMapper.Caption(data, id, at),
            Kind.Battle => BattleMapper.Battle(data, id, at),
            Kind.BattleArmies => BattleMapper.Armies(data, at),
            Kind.BattleBooster => BattleMapper.Booster(data, id, at),
            Kind.OpponentGift => BattleMapper.OpponentGift(data, id, at),
            Kind.GiftPanelUpdate => new GiftPanelUpdatedEvent { DedupeId = id, SentAt = at },
            _ => new UnknownEvent(name) { DedupeId = id, SentAt = at },
        };
        return evt is null ? FrameParseResult.Ignored(name) : FrameParseResult.Parsed(name, evt);
    }

    /// <summary>roomInfo: fields at the top level first, then under <c>data</c> (§4 roomInfo, §2).</summary>
    public static FrameParseResult RoomInfo(JsonElement root, JsonElement data)
    {
        var info = ObjectAt(root, "roomInfo"u8) ?? ObjectAt(data, "roomInfo"u8) ?? default;
        var owner = ObjectAt(info, "owner"u8) ?? default;
        var evt = new RoomInfoEvent(
            RoomId: First(JsonRead.Id(root, "roomId"u8), JsonRead.Id(data, "roomId"u8)),
            Title: JsonRead.Text(info, "title"u8, SafeText.TitleMax),
            ViewerCount: JsonRead.OptionalTotal(info, "user_count"u8),
            LikeCount: JsonRead.OptionalTotal(info, "like_count"u8),
            HostNickname: First(
                JsonRead.Text(owner, "nickname"u8, SafeText.NameMax),
                First(JsonRead.Text(owner, "uniqueId"u8, SafeText.NameMax), JsonRead.Text(root, "uniqueId"u8, SafeText.NameMax))))
        {
            DedupeId = First(DedupeId(root), DedupeId(data)),
            SentAt = SentAt(root) ?? SentAt(data),
        };
        return FrameParseResult.Parsed("roomInfo", evt);
    }

    /// <summary>msgId, else transactionId, else messageUuid (§2, §6); "" counts as missing.</summary>
    private static string DedupeId(JsonElement data) =>
        First(JsonRead.Id(data, "msgId"u8), First(JsonRead.Id(data, "transactionId"u8), JsonRead.Id(data, "messageUuid"u8)));

    private static DateTimeOffset? SentAt(JsonElement data) =>
        JsonRead.Millis(data, "timestamp"u8) ?? JsonRead.Millis(data, "createTime"u8);

    private static GiftEvent Gift(JsonElement data, DateTimeOffset? at)
    {
        var repeatCount = Math.Max(JsonRead.Count(data, "repeatCount"u8, fallback: 1), 1);
        var repeatEnd = JsonRead.Bool(data, "repeatEnd"u8);
        // §10: transactionId is stable per combo across upstream retries, so every frame of a streak carries the
        // same one; with the frame's count and end flag it names one frame, and a retried copy has the same key.
        var transaction = JsonRead.Id(data, "transactionId"u8) is { Length: > 0 } tx ? $"tx:{tx}:{repeatCount}:{(repeatEnd ? 1 : 0)}" : "";
        var msgId = First(JsonRead.Id(data, "msgId"u8), JsonRead.Id(data, "messageUuid"u8));
        var user = UserReader.Read(data);
        // §10 senderUserId: the sender's id even when the user object is truncated.
        if (user.Id.Length == 0 && JsonRead.Id(data, "senderUserId"u8) is { Length: > 0 } sender)
        {
            user = user with { Id = sender };
        }
        var relationship = ObjectAt(data, "relationship"u8) ?? default;
        return new GiftEvent(
            User: user,
            GiftId: JsonRead.Id(data, "giftId"u8),
            GiftName: JsonRead.Text(data, "giftName"u8, SafeText.NameMax),
            DiamondCount: JsonRead.Count(data, "diamondCount"u8),
            RepeatCount: repeatCount,
            RepeatEnd: repeatEnd,
            GiftType: JsonRead.OptionalCode(data, "giftType"u8),
            GroupId: JsonRead.Id(data, "groupId"u8),
            PictureUrl: JsonRead.Url(data, "giftPictureUrl"u8))
        {
            DedupeId = First(msgId, transaction),
            AltDedupeId = msgId.Length > 0 ? transaction : "",
            SentAt = at,
            FanDays = JsonRead.OptionalCount(relationship, "joinDayNumber"u8),
        };
    }

    // §4 member: actionId (or action) 1 or missing is a join; 3 is a subscribe notice and others are not joins.
    private static bool IsJoin(JsonElement data) =>
        (JsonRead.OptionalCode(data, "actionId"u8) ?? JsonRead.OptionalCode(data, "action"u8) ?? 1) == 1;

    // §4 social: by action, else eventType, else a displayType containing "follow" or "share".
    private static OverlayEvent Social(JsonElement data, string id, DateTimeOffset? at)
    {
        var user = UserReader.Read(data);
        string action = First(Word(data, "action"u8), Word(data, "eventType"u8));
        if (action.Equals("follow", StringComparison.OrdinalIgnoreCase))
        {
            return new FollowEvent(user) { DedupeId = id, SentAt = at };
        }
        if (action.Equals("share", StringComparison.OrdinalIgnoreCase))
        {
            return new ShareEvent(user) { DedupeId = id, SentAt = at };
        }
        string display = Word(data, "displayType"u8);
        return display.Contains("follow", StringComparison.OrdinalIgnoreCase) ? new FollowEvent(user) { DedupeId = id, SentAt = at }
            : display.Contains("share", StringComparison.OrdinalIgnoreCase) ? new ShareEvent(user) { DedupeId = id, SentAt = at }
            : new UnknownEvent("social") { DedupeId = id, SentAt = at };
    }

    // §4 roomUserSeq: totalViewers is not the current count; use it only when viewerCount is missing. A frame with
    // neither says nothing about viewers, so it is ignored rather than reported as zero viewers.
    private static ViewerCountEvent? ViewerCount(JsonElement data, string id, DateTimeOffset? at) =>
        (JsonRead.OptionalTotal(data, "viewerCount"u8) ?? JsonRead.OptionalTotal(data, "totalViewers"u8)) is { } viewers
            ? new ViewerCountEvent(viewers) { DedupeId = id, SentAt = at }
            : null;

    // §4 streamEnd/control: 3 = ended by the host, 4 = ended by the platform; 1/2 are pause/resume, not ends.
    // §10 v3.2: a streamEnd with no action at all is an end too (control frames always carry one).
    private static StreamEndEvent? StreamEnd(JsonElement data, string id, DateTimeOffset? at) =>
        JsonRead.OptionalCode(data, "action"u8) switch
        {
            int action and (3 or 4) => new StreamEndEvent(action) { DedupeId = id, SentAt = at, Reason = Word(data, "reason"u8) },
            null when !JsonRead.TryGet(data, "action"u8, out _) => new StreamEndEvent(null)
            {
                DedupeId = id, SentAt = at, Reason = Word(data, "reason"u8), Reconnect = JsonRead.Bool(data, "reconnect"u8),
            },
            _ => null,
        };

    internal static JsonElement? ObjectAt(JsonElement obj, ReadOnlySpan<byte> name) =>
        JsonRead.TryGet(obj, name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    // A short keyword field (action, eventType, displayType); long values cannot be one of ours.
    internal static string Word(JsonElement data, ReadOnlySpan<byte> name) =>
        JsonRead.TryGet(data, name, out var value) && value.ValueKind == JsonValueKind.String
            ? SafeText.Clean(value.GetString()!, SafeText.NameMax)
            : "";

    internal static string First(string preferred, string fallback) => preferred.Length > 0 ? preferred : fallback;

    private const int MaxEmotes = 8;

    /// <summary>
    /// The chat's optional <c>emotes</c> array (§4 chat [O]): items carry <c>emoteImageUrl</c> (or <c>emoteUrl</c>).
    /// Only absolute http(s) URLs are kept; anything else in the array is skipped.
    /// </summary>
    private static IReadOnlyList<string> ChatEmotes(JsonElement data)
    {
        if (!JsonRead.TryGet(data, "emotes"u8, out var emotes) || emotes.ValueKind != JsonValueKind.Array)
        {
            return Array.Empty<string>();
        }
        List<string>? urls = null;
        foreach (var item in emotes.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object
                && (JsonRead.Url(item, "emoteImageUrl"u8) ?? JsonRead.Url(item, "emoteUrl"u8)) is { } url)
            {
                (urls ??= []).Add(url);
                if (urls.Count == MaxEmotes)
                {
                    break;
                }
            }
        }
        return urls is null ? Array.Empty<string>() : urls;
    }
}
