namespace Overlay.Widgets.ChatTicker;

/// <summary>The rows to show, oldest first, newest last.</summary>
public sealed record ChatTickerView(IReadOnlyList<ChatLine> Lines)
{
    public static ChatTickerView Empty { get; } = new([]);

    /// <summary>Seconds a row stays before the state removes it (0 = until pushed out); the row fades just before.</summary>
    public int LifetimeSeconds { get; init; }
}
