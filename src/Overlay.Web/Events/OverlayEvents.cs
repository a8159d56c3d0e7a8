namespace Overlay.Web.Events;

/// <summary>
/// One typed event from the upstream (or the demo, or a test button). Produced by Protocol/, consumed by Pipeline/ and Widgets/.
/// </summary>
public abstract record OverlayEvent
{
    /// <summary>msgId, else transactionId, else messageUuid (protocol.md §6); "" when the frame had none.</summary>
    public string DedupeId { get; init; } = "";

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
}

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
}

public sealed record LikeEvent(ViewerUser User, int LikeCount, long? TotalLikeCount) : OverlayEvent;

public sealed record MemberEvent(ViewerUser User) : OverlayEvent;

public sealed record FollowEvent(ViewerUser User) : OverlayEvent;

public sealed record ShareEvent(ViewerUser User) : OverlayEvent;

public sealed record SubscribeEvent(ViewerUser User, int SubMonth) : OverlayEvent;

public sealed record ViewerCountEvent(long ViewerCount) : OverlayEvent;

/// <summary>streamEnd/control with action 3 or 4 (§4). Pause/resume actions are not ends and are not emitted.</summary>
public sealed record StreamEndEvent(int Action) : OverlayEvent;

/// <summary>anon_limit / demo_limit / session_limit notice (§2): the next close is a plan limit.</summary>
public sealed record LimitNoticeEvent(string Kind, string Message) : OverlayEvent;

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
}
