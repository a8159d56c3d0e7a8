namespace Overlay.Widgets.ChatTicker;

/// <summary>One chat row. Text is plain and already capped; the component renders it as text.</summary>
public sealed record ChatLine(long Id, string Nickname, string Comment, string? AvatarUrl, bool IsModerator, bool IsSubscriber);
