namespace Overlay.Widgets.ChatTicker;

/// <summary>The rows to show, oldest first, newest last.</summary>
public sealed record ChatTickerView(IReadOnlyList<ChatLine> Lines)
{
    public static ChatTickerView Empty { get; } = new([]);
}
