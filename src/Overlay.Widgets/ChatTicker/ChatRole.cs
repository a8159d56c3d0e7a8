namespace Overlay.Widgets.ChatTicker;

/// <summary>
/// The least a viewer must be for their chat to show. Each level also lets the ones above it through: a moderator
/// passes "subscriber", a subscriber passes "follower". Follower comes from the user's followRole (1 follows,
/// 2 friends), which the upstream sends with most but not all chat messages; a message without it counts as a
/// non-follower.
/// </summary>
public enum ChatRole
{
    Everyone,
    Follower,
    Subscriber,
    Moderator,
}
