namespace Overlay.Widgets.GiftAlert;

/// <summary>What an alert is for; picks its template, sound and image.</summary>
public enum AlertKind
{
    Gift,
    Follow,
    Share,
    Subscribe,
    Join,
}
