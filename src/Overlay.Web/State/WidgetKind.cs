namespace Overlay.Web.State;

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
