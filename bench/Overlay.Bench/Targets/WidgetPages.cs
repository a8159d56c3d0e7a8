namespace Overlay.Bench.Targets;

/// <summary>The widget page names, as in the app's routes (/widgets/&lt;name&gt;).</summary>
public static class WidgetPages
{
    public const string ChatTicker = "chat-ticker";
    public const string GiftAlert = "gift-alert";
    public const string LikeGoal = "like-goal";

    // No default instance: the scene scenario adds these to the app's store (Targets/StoreSeed.cs).
    public const string TopGifters = "top-gifters";
    public const string ActivityFeed = "activity-feed";
    public const string ViewerCount = "viewer-count";

    public static IReadOnlyList<string> All { get; } = [ChatTicker, GiftAlert, LikeGoal];
}
