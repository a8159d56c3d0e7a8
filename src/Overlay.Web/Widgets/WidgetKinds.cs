using Overlay.Web.Widgets.Kinds;
using Overlay.Widgets.Leaderboard;

namespace Overlay.Web.Widgets;

/// <summary>
/// Every widget kind the app knows, in the order the admin lists them. This list is the one place that names them
/// all: the registry, the store, the admin and the widget page ask a kind, never switch over kinds.
/// </summary>
public static class WidgetKinds
{
    public static GiftAlertKind GiftAlert { get; } = new();

    public static ChatTickerKind ChatTicker { get; } = new();

    public static LikeGoalKind LikeGoal { get; } = new();

    public static ViewerCountKind ViewerCount { get; } = new();

    public static ActivityFeedKind ActivityFeed { get; } = new();

    public static PkBattleKind PkBattle { get; } = new();

    public static CaptionsKind Captions { get; } = new();

    public static TtsKind Tts { get; } = new();

    public static ActionsScreenKind ActionsScreen { get; } = new();

    public static LeaderboardKind TopGifters { get; } = new("TopGifters", "Top gifters", LeaderboardUnit.Diamonds, "diamonds from finished gift combos");

    public static LeaderboardKind TopLikers { get; } = new("TopLikers", "Top likers", LeaderboardUnit.Likes, "likes sent");

    public static IReadOnlyList<WidgetKind> All { get; } = [GiftAlert, ChatTicker, LikeGoal, ViewerCount, ActivityFeed, TopGifters, TopLikers, PkBattle, Captions, Tts, ActionsScreen];

    /// <summary>The kind stored under <paramref name="name"/>, or null for a name this version does not know.</summary>
    public static WidgetKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>Where the kind comes in <see cref="All"/>, for sorting instances by kind.</summary>
    public static int Order(WidgetKind kind) => All.ToList().IndexOf(kind);
}
