namespace Overlay.Web.Widgets;

public enum WidgetKind
{
    GiftAlert,
    ChatTicker,
    LikeGoal,
    ViewerCount,
    ActivityFeed,
    TopGifters,
    TopLikers,
}
