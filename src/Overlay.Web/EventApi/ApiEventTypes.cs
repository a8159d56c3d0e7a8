namespace Overlay.Web.EventApi;

/// <summary>The <c>type</c> values of /api/events and the <c>?types=</c> filter that picks among them.</summary>
public static class ApiEventTypes
{
    public const string Hello = "hello";
    public const string Chat = "chat";
    public const string Emote = "emote";
    public const string Gift = "gift";
    public const string GiftStreak = "giftStreak";
    public const string GiftTopUp = "giftTopUp";
    public const string Like = "like";
    public const string Follow = "follow";
    public const string Share = "share";
    public const string Join = "join";
    public const string Subscribe = "subscribe";
    public const string ViewerCount = "viewerCount";
    public const string RoomInfo = "roomInfo";
    public const string StreamEnd = "streamEnd";
    public const string ChatDeleted = "chatDeleted";
    public const string Caption = "caption";
    public const string Battle = "battle";
    public const string BattleScore = "battleScore";
    public const string BattleBooster = "battleBooster";

    /// <summary>Every event type a client can ask for (hello is always sent).</summary>
    public static readonly IReadOnlyList<string> All =
        [Chat, Emote, Gift, GiftStreak, GiftTopUp, Like, Follow, Share, Join, Subscribe, ViewerCount, RoomInfo, StreamEnd,
            ChatDeleted, Caption, Battle, BattleScore, BattleBooster];

    /// <summary>
    /// Parses "chat,gift" (any case, spaces ignored) into the canonical names. Empty means all. An unknown name is
    /// an error rather than silence, so a typo does not look like a quiet stream.
    /// </summary>
    public static bool TryParseFilter(string? value, out IReadOnlyList<string> types, out string problem)
    {
        problem = "";
        types = All;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        var picked = new List<string>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = All.FirstOrDefault(t => t.Equals(part, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                problem = $"Unknown event type '{Truncate(part)}' in ?types=. Known types: {string.Join(", ", All)}.";
                return false;
            }
            if (!picked.Contains(name))
            {
                picked.Add(name);
            }
        }
        types = picked.Count == 0 ? All : picked;
        return true;
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
