namespace Overlay.Widgets.GiftAlert;

/// <summary>
/// One alert, ready to show. <see cref="Id"/> changes per alert so the CSS animation restarts. The positional
/// fields are the gift's; the others are set only when the type, a template or a variation asks for them.
/// </summary>
public sealed record AlertView(
    long Id,
    string Nickname,
    string? AvatarUrl,
    string GiftName,
    string? GiftPictureUrl, // The app's cached copy (/gift-images/…), never the CDN's address.
    int Count,
    long Diamonds)
{
    public AlertKind Kind { get; init; } = AlertKind.Gift;

    /// <summary>Plain text with placeholders, filled in as text by the component; null for the built-in gift layout.</summary>
    public string? Template { get; init; }

    /// <summary>Played once as this alert appears; null for silence.</summary>
    public AlertSound? Sound { get; init; }

    /// <summary>A same-origin image/GIF URL shown with the alert.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>A same-origin video URL, played muted and looped while the alert shows.</summary>
    public string? VideoUrl { get; init; }

    /// <summary>A CSS colour (already checked) for this alert's ring and highlights.</summary>
    public string? AccentColor { get; init; }

    /// <summary>This alert's time on screen; 0 uses <see cref="GiftAlertView.DisplayMilliseconds"/>.</summary>
    public int DisplayMilliseconds { get; init; }

    /// <summary>The variation's name, for the page's data attribute (styling, tests).</summary>
    public string? Variation { get; init; }

    /// <summary>Days the viewer has followed the creator ("Day 131 fan"); null when TikTok did not say.</summary>
    public int? FanDays { get; init; }

    /// <summary>The viewer's gifter level (1–50); null when TikTok did not say (never gifted).</summary>
    public int? Level { get; init; }
}
