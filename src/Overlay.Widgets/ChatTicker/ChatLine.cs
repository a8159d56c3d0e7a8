namespace Overlay.Widgets.ChatTicker;

/// <summary>One chat row. Text is plain and already capped; the component renders it as text.</summary>
public sealed record ChatLine(long Id, string Nickname, string Comment, string? AvatarUrl, bool IsModerator, bool IsSubscriber)
{
    public ChatHighlight Highlight { get; init; }

    /// <summary>Absolute http(s) image URLs of the TikTok emotes/stickers in the message, drawn after the text.</summary>
    public IReadOnlyList<string> EmoteUrls { get; init; } = Array.Empty<string>();

    /// <summary>A sticker sent on its own: no text, one image.</summary>
    public bool IsEmoteOnly => Comment.Length == 0 && EmoteUrls.Count > 0;

    /// <summary>
    /// Arrived hard on the heels of the row before it (part of a busy chat), so it just appears instead of sliding in,
    /// however the page happens to batch its renders.
    /// </summary>
    public bool Burst { get; init; }
}
