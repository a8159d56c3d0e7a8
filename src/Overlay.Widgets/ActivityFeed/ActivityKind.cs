namespace Overlay.Widgets.ActivityFeed;

public enum ActivityKind
{
    Follow,
    Gift,
    Subscribe,
    Share,
}
