namespace Overlay.Widgets.ActivityFeed;

/// <summary>
/// One row of the feed. Text is plain and already capped; the component renders it as text. For gifts,
/// <see cref="Detail"/> is the gift name and <see cref="Count"/> the combo's count; for subscriptions, the month.
/// </summary>
public sealed record ActivityItem(long Id, ActivityKind Kind, string Nickname, string? AvatarUrl, string Detail = "", int Count = 0, long Diamonds = 0)
{
    /// <summary>A gift row's cached picture (/gift-images/…); null when none or images are off.</summary>
    public string? GiftImageUrl { get; init; }
}
