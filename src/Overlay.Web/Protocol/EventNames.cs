using System.Collections.Frozen;
using System.Text.Json;

namespace Overlay.Web.Protocol;

/// <summary>The event names we act on (protocol.md §4) and how a wire name resolves to one of them.</summary>
internal static class EventNames
{
    public enum Kind
    {
        Unknown,
        Housekeeping,
        RoomInfo,
        Chat,
        Gift,
        Like,
        Member,
        Follow,
        Share,
        Social,
        Subscribe,
        ViewerCount,
        StreamEnd,
        Emote,
        ChatDeleted,
        Caption,
        Battle,
        BattleArmies,
        BattleBooster,
        OpponentGift,
        GiftPanelUpdate,
    }

    // Ordered by how often they arrive, so the common frames match on the first few comparisons.
    private static readonly (byte[] Utf8, string Name, Kind Kind)[] Known =
    [
        ("like"u8.ToArray(), "like", Kind.Like),
        ("chat"u8.ToArray(), "chat", Kind.Chat),
        ("member"u8.ToArray(), "member", Kind.Member),
        ("gift"u8.ToArray(), "gift", Kind.Gift),
        ("roomUserSeq"u8.ToArray(), "roomUserSeq", Kind.ViewerCount),
        ("social"u8.ToArray(), "social", Kind.Social),
        ("follow"u8.ToArray(), "follow", Kind.Follow),
        ("share"u8.ToArray(), "share", Kind.Share),
        ("subscribe"u8.ToArray(), "subscribe", Kind.Subscribe),
        ("ping"u8.ToArray(), "ping", Kind.Housekeeping),
        ("pong"u8.ToArray(), "pong", Kind.Housekeeping),
        ("_journal"u8.ToArray(), "_journal", Kind.Housekeeping),
        ("roomInfo"u8.ToArray(), "roomInfo", Kind.RoomInfo),
        ("roomUser"u8.ToArray(), "roomUser", Kind.ViewerCount),
        ("viewer_count"u8.ToArray(), "viewer_count", Kind.ViewerCount),
        ("streamEnd"u8.ToArray(), "streamEnd", Kind.StreamEnd),
        ("control"u8.ToArray(), "control", Kind.StreamEnd),
        ("emote"u8.ToArray(), "emote", Kind.Emote),
        ("emoteChat"u8.ToArray(), "emoteChat", Kind.Emote),
        ("caption"u8.ToArray(), "caption", Kind.Caption),
        ("battleArmies"u8.ToArray(), "battleArmies", Kind.BattleArmies),
        ("imDelete"u8.ToArray(), "imDelete", Kind.ChatDeleted),
        ("battle"u8.ToArray(), "battle", Kind.Battle),
        ("battleItemCard"u8.ToArray(), "battleItemCard", Kind.BattleBooster),
        ("linkMicOpponentGift"u8.ToArray(), "linkMicOpponentGift", Kind.OpponentGift),
        ("giftPanelUpdate"u8.ToArray(), "giftPanelUpdate", Kind.GiftPanelUpdate),
    ];

    private static readonly FrozenDictionary<string, (string Name, Kind Kind)> IgnoringCase =
        Known.ToFrozenDictionary(k => k.Name, k => (k.Name, k.Kind), StringComparer.OrdinalIgnoreCase);

    private static readonly string[] LimitKinds = ["anon_limit", "demo_limit", "session_limit"];

    /// <summary>
    /// Resolves a JSON string to a known name, exactly first (no allocation), then ignoring case (§4).
    /// Unknown names come back sanitised and capped, with <see cref="Kind.Unknown"/>. "" when the string is empty.
    /// </summary>
    public static (string Name, Kind Kind) Resolve(JsonElement name)
    {
        foreach (var known in Known)
        {
            if (name.ValueEquals(known.Utf8))
            {
                return (known.Name, known.Kind);
            }
        }
        string text = name.GetString()!;
        return IgnoringCase.TryGetValue(text, out var match)
            ? match
            : (SafeText.Clean(text, SafeText.NameMax), Kind.Unknown);
    }

    /// <summary>The canonical limit-notice kind (§2) if the string is one, else null.</summary>
    public static string? LimitKind(JsonElement type)
    {
        foreach (string kind in LimitKinds)
        {
            if (type.ValueEquals(kind))
            {
                return kind;
            }
        }
        string text = type.GetString()!;
        return Array.Find(LimitKinds, k => k.Equals(text, StringComparison.OrdinalIgnoreCase));
    }
}
