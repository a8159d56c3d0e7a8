using System.Text.Json.Serialization;

namespace Overlay.Web.EventApi;

/// <summary>
/// What /api/events sends: one JSON object per WebSocket text message, its kind in <c>type</c>. Field names are a
/// public contract (README "Local event API"): add fields, never rename or remove them without a new
/// <see cref="ApiHello.ApiVersion"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ApiHello), ApiEventTypes.Hello)]
[JsonDerivedType(typeof(ApiChat), ApiEventTypes.Chat)]
[JsonDerivedType(typeof(ApiEmote), ApiEventTypes.Emote)]
[JsonDerivedType(typeof(ApiGift), ApiEventTypes.Gift)]
[JsonDerivedType(typeof(ApiGiftStreak), ApiEventTypes.GiftStreak)]
[JsonDerivedType(typeof(ApiGiftTopUp), ApiEventTypes.GiftTopUp)]
[JsonDerivedType(typeof(ApiLike), ApiEventTypes.Like)]
[JsonDerivedType(typeof(ApiFollow), ApiEventTypes.Follow)]
[JsonDerivedType(typeof(ApiShare), ApiEventTypes.Share)]
[JsonDerivedType(typeof(ApiJoin), ApiEventTypes.Join)]
[JsonDerivedType(typeof(ApiSubscribe), ApiEventTypes.Subscribe)]
[JsonDerivedType(typeof(ApiViewerCount), ApiEventTypes.ViewerCount)]
[JsonDerivedType(typeof(ApiRoomInfo), ApiEventTypes.RoomInfo)]
[JsonDerivedType(typeof(ApiStreamEnd), ApiEventTypes.StreamEnd)]
[JsonDerivedType(typeof(ApiChatDeleted), ApiEventTypes.ChatDeleted)]
[JsonDerivedType(typeof(ApiCaption), ApiEventTypes.Caption)]
[JsonDerivedType(typeof(ApiBattle), ApiEventTypes.Battle)]
[JsonDerivedType(typeof(ApiBattleScore), ApiEventTypes.BattleScore)]
[JsonDerivedType(typeof(ApiBattleBooster), ApiEventTypes.BattleBooster)]
public abstract record ApiMessage
{
    /// <summary>When the overlay sent it on (UTC).</summary>
    public DateTimeOffset Timestamp { get; init; }
}

/// <summary>The first message on every connection.</summary>
public sealed record ApiHello(int ApiVersion, string App, IReadOnlyList<string> Types) : ApiMessage;

/// <summary>Fields every event carries besides <see cref="ApiMessage.Timestamp"/>.</summary>
public abstract record ApiEvent : ApiMessage
{
    /// <summary>The upstream's message id ("" when it sent none).</summary>
    public string Id { get; init; } = "";

    /// <summary>When TikTok says it happened, if it said.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Sent while catching up right after connecting (protocol.md §6): count it, don't alert on it.</summary>
    public bool Backlog { get; init; }
}

public sealed record ApiUser(
    string UserId, string UniqueId, string Nickname, string? AvatarUrl, bool IsModerator, bool IsSubscriber, int FollowRole);

/// <summary>A chat line. <c>id</c> is its msgId; a later chatDeleted names that or <paramref name="MessageUuid"/>.</summary>
public sealed record ApiChat(ApiUser User, string Comment, string MessageUuid, string Language) : ApiEvent;

/// <summary>A sticker sent on its own; <paramref name="ImageUrl"/> is an absolute http(s) URL or null.</summary>
public sealed record ApiEmote(ApiUser User, string? ImageUrl) : ApiEvent;

/// <summary>One finished gift combo (a streak of 5 Roses is one of these with count 5).</summary>
public sealed record ApiGift(ApiUser User, string GiftId, string GiftName, string? PictureUrl, int DiamondsEach, int Count, long Diamonds)
    : ApiEvent;

/// <summary>A streak still running: the count so far. A <see cref="ApiGift"/> follows when it ends.</summary>
public sealed record ApiGiftStreak(ApiUser User, string GiftId, string GiftName, string? PictureUrl, int DiamondsEach, int Count, long Diamonds)
    : ApiEvent;

/// <summary>A late frame raised a finished combo's count by <paramref name="AddedCount"/>: totals only, never an alert.</summary>
public sealed record ApiGiftTopUp(
    ApiUser User, string GiftId, string GiftName, string? PictureUrl, int DiamondsEach, int Count, long Diamonds, int AddedCount)
    : ApiEvent;

public sealed record ApiLike(ApiUser User, int LikeCount, long? TotalLikeCount) : ApiEvent;

public sealed record ApiFollow(ApiUser User) : ApiEvent;

public sealed record ApiShare(ApiUser User) : ApiEvent;

/// <summary>A viewer joined the LIVE (upstream "member").</summary>
public sealed record ApiJoin(ApiUser User) : ApiEvent;

public sealed record ApiSubscribe(ApiUser User, int SubMonth) : ApiEvent;

public sealed record ApiViewerCount(long ViewerCount) : ApiEvent;

public sealed record ApiRoomInfo(string RoomId, string Title, long? ViewerCount, long? LikeCount, string HostNickname) : ApiEvent;

/// <summary>
/// The LIVE ended: action 3 by the host, 4 by the platform (protocol.md §4); null with a <paramref name="Reason"/>
/// for the v3.2 shape (§10).
/// </summary>
public sealed record ApiStreamEnd(int? Action, string Reason) : ApiEvent;

/// <summary>A moderator deleted a chat message: drop the chat whose id (or messageUuid) is <paramref name="DeletedMsgId"/>.</summary>
public sealed record ApiChatDeleted(string DeletedMsgId) : ApiEvent;

/// <summary>TikTok's live caption: a partial line (<paramref name="IsFinal"/> false) is replaced by the next one.</summary>
public sealed record ApiCaption(string Text, bool IsFinal) : ApiEvent;

/// <summary>A PK battle's state: preparing, starting, active or ended.</summary>
public sealed record ApiBattle(string BattleId, string Status, int DurationSeconds) : ApiEvent;

/// <summary>PK scores: our side (team 0, left) and the opponents (team 1), with seconds left.</summary>
public sealed record ApiBattleScore(string BattleId, long OurScore, long TheirScore, int? SecondsRemaining) : ApiEvent;

/// <summary>A PK booster (gloves, mist, x2 …) with who sent it.</summary>
public sealed record ApiBattleBooster(string Effect, int Multiplier, string SenderNickname, int DurationSeconds, string? IconUrl) : ApiEvent;
