namespace Overlay.Widgets.Captions;

/// <summary>How captions stay readable over video: a dark outline round each letter, a panel behind the lines, or both.</summary>
public enum CaptionStyle
{
    Outline,
    Backdrop,
    Both,
}
