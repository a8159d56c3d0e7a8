namespace Overlay.Web.Events;

/// <summary>
/// One typed event from the upstream (or the demo, or a test button). Produced by Protocol/, consumed by Pipeline/ and Widgets/.
/// </summary>
public abstract record OverlayEvent
{
    /// <summary>msgId, else transactionId, else messageUuid (protocol.md §6); "" when the frame had none.</summary>
    public string DedupeId { get; init; } = "";

    /// <summary>
    /// A second key that also marks a repeat, beside <see cref="DedupeId"/>: a gift frame's transactionId with its
    /// count (§10), so an upstream retry under a new msgId is still dropped. "" when there is none.
    /// </summary>
    public string AltDedupeId { get; init; } = "";

    /// <summary>When the upstream says the event happened (timestamp / createTime), if it said.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Set by the backlog rule (§6): may update counters, must not fire alerts or sounds.</summary>
    public bool IsBacklog { get; init; }
}

public sealed record RoomInfoEvent(string RoomId, string Title, long? ViewerCount, long? LikeCount, string HostNickname) : OverlayEvent;

public sealed record ChatEvent(ViewerUser User, string Comment) : OverlayEvent
{
    /// <summary>Image URLs (absolute http(s) only) of the emotes/stickers the message carries, in order.</summary>
    public IReadOnlyList<string> EmoteUrls { get; init; } = Array.Empty<string>();

    /// <summary>The wire msgId ("" when missing); a moderator's delete (§10 imDelete) may name it.</summary>
    public string MsgId { get; init; } = "";

    /// <summary>The v3 messageUuid ("" when missing), the id §10 imDelete refers to.</summary>
    public string MessageUuid { get; init; } = "";

    /// <summary>ISO 639-1 language of the comment as TikTok detected it; "un" unknown, "" when not sent (§10).</summary>
    public string Language { get; init; } = "";
}

/// <summary>A moderator deleted a chat message (§10 imDelete); its id may be the chat's msgId or messageUuid.</summary>
public sealed record ChatDeletedEvent(string DeletedMsgId) : OverlayEvent;

/// <summary>TikTok's own live caption (§10): a partial window is replaced by the next one until IsFinal.</summary>
public sealed record CaptionEvent(string Text, bool IsFinal, DateTimeOffset? StartedAt, DateTimeOffset? EndsAt) : OverlayEvent;

/// <summary>A sticker sent on its own, not inside a chat message (§4 emote). The URL is absolute http(s) or null.</summary>
public sealed record EmoteEvent(ViewerUser User, string? ImageUrl) : OverlayEvent;

/// <summary>One raw gift frame. Pipeline/GiftComboTracker turns streaks of these into one <see cref="GiftComboEvent"/> (§5).</summary>
public sealed record GiftEvent(
    ViewerUser User,
    string GiftId,
    string GiftName,
    int DiamondCount,
    int RepeatCount,
    bool RepeatEnd,
    int? GiftType,
    string GroupId,
    string? PictureUrl) : OverlayEvent
{
    public bool IsStreakable => GiftType is null or 1;

    /// <summary>Days the gifter has followed the creator (§10 relationship.joinDayNumber); null when not sent.</summary>
    public int? FanDays { get; init; }
}

public sealed record LikeEvent(ViewerUser User, int LikeCount, long? TotalLikeCount) : OverlayEvent;

public sealed record MemberEvent(ViewerUser User) : OverlayEvent
{
    /// <summary>Where the viewer came from (§10 entrySource, e.g. "homepage_hot-live_cell"); "" when not sent.</summary>
    public string EntrySource { get; init; } = "";

    /// <summary>How (§10 entryAction): "draw" = recommended by TikTok, "click", "other"; "" when not sent.</summary>
    public string EntryAction { get; init; } = "";
}

public sealed record FollowEvent(ViewerUser User) : OverlayEvent;

public sealed record ShareEvent(ViewerUser User) : OverlayEvent;

public sealed record SubscribeEvent(ViewerUser User, int SubMonth) : OverlayEvent;

public sealed record ViewerCountEvent(long ViewerCount) : OverlayEvent;

/// <summary>
/// streamEnd/control with action 3 or 4 (§4), or a v3.2 streamEnd without action (§10; Action null). Pause/resume
/// actions are not ends and are not emitted. <see cref="Reconnect"/>: the provider resolves the creator's next
/// room, so the next attempt goes out at once.
/// </summary>
public sealed record StreamEndEvent(int? Action) : OverlayEvent
{
    public string Reason { get; init; } = "";

    public bool Reconnect { get; init; }
}

/// <summary>anon_limit / demo_limit / session_limit notice (§2): the next close is a plan limit.</summary>
public sealed record LimitNoticeEvent(string Kind, string Message) : OverlayEvent;

/// <summary>PK battle state (§10 battle). Status 1 active, 2 starting, 3 ended, 4 preparing.</summary>
public sealed record BattleEvent(string BattleId, BattleStatus Status, int DurationSeconds) : OverlayEvent;

public enum BattleStatus
{
    Unknown = 0,
    Active = 1,
    Starting = 2,
    Ended = 3,
    Preparing = 4,
}

/// <summary>
/// PK scores (§10 battleArmies): each host's team total and top contributors (MVP first). <see cref="LastGift"/>
/// may be a gift in the opponent's room: it is never a gift to our creator.
/// </summary>
public sealed record BattleArmiesEvent(
    string BattleId,
    DateTimeOffset? ServerTime,
    int? SecondsRemaining,
    int? DurationSeconds,
    IReadOnlyList<BattleHost> Hosts,
    BattleGift? LastGift) : OverlayEvent;

/// <summary>One host in a PK. Team 0 is the left side, 1 the right.</summary>
public sealed record BattleHost(string HostUserId, long TeamScore, int Team, IReadOnlyList<BattleContributor> Contributors);

public sealed record BattleContributor(string UserId, string Nickname, long Score);

public sealed record BattleGift(string GifterUserId, string GiftId, int Count, int DiamondCount, int RepeatCount, string? PictureUrl);

/// <summary>A PK booster (§10 battleItemCard): gloves, mist, x2/x3 …, shown briefly.</summary>
public sealed record BattleBoosterEvent(string Effect, int Multiplier, string SenderNickname, int DurationSeconds, string? IconUrl) : OverlayEvent;

/// <summary>
/// A gift sent in the opponent's room during a PK (§10 linkMicOpponentGift). Never an alert and never counted
/// toward goals, leaderboards or diamonds: it is not a gift to our creator.
/// </summary>
public sealed record OpponentGiftEvent(ViewerUser User, string GiftId, string GiftName, int DiamondCount, int RepeatCount, string? PictureUrl) : OverlayEvent;

/// <summary>The room's gift list changed (§10 giftPanelUpdate): a cached gift list should be fetched again.</summary>
public sealed record GiftPanelUpdatedEvent : OverlayEvent;

/// <summary>Any event name we do not use (§4); counted, never an error.</summary>
public sealed record UnknownEvent(string Name) : OverlayEvent;

public enum ComboPhase
{
    /// <summary>A streak is still running; widgets may show the count updating in place (§5 step 9).</summary>
    Pending,

    /// <summary>The combo is over: exactly one of these per combo, this is what alerts.</summary>
    Finished,

    /// <summary>A late end frame raised a finished combo's count (§5 step 7): totals only, never an alert.</summary>
    LateTopUp,
}

/// <summary>What the combo rule (§5) makes of gift frames. Diamonds = DiamondsEach × Count.</summary>
public sealed record GiftComboEvent(
    ViewerUser User,
    string GiftId,
    string GiftName,
    string? PictureUrl,
    int DiamondsEach,
    int Count,
    ComboPhase Phase,
    int AddedCount) : OverlayEvent
{
    public long Diamonds => (long)DiamondsEach * Count;

    /// <summary>Days the gifter has followed the creator (§10), from the combo's newest frame; null when not sent.</summary>
    public int? FanDays { get; init; }
}
