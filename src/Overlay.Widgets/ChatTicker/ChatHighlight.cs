namespace Overlay.Widgets.ChatTicker;

/// <summary>Why a row stands out; the stylesheet gives each its own look.</summary>
public enum ChatHighlight
{
    None,
    Moderator,
    TopGifter,
}
