namespace Overlay.Widgets.GiftAlert;

/// <summary>How an alert comes in and goes out. Each is a pair of finite CSS animations.</summary>
public enum AlertAnimation
{
    Pop,
    Slide,
    Fade,
}
