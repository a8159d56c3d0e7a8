namespace Overlay.Widgets.GiftAlert;

/// <summary>One finished gift combo, ready to show. <see cref="Id"/> changes per alert so the CSS animation restarts.</summary>
public sealed record AlertView(
    long Id,
    string Nickname,
    string? AvatarUrl,
    string GiftName,
    string? GiftPictureUrl,
    int Count,
    long Diamonds);
