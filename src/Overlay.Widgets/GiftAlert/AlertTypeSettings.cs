namespace Overlay.Widgets.GiftAlert;

/// <summary>
/// One non-gift alert type (follow, share, subscribe, join): on/off, its text, sound, image or video, colour and a per-viewer
/// cooldown. Follows and shares can repeat (protocol.md §4), so the cooldown keeps one viewer from flooding.
/// </summary>
public sealed record AlertTypeSettings
{
    public bool Enabled { get; init; } = true;

    /// <summary>Plain text with {nickname} (and {count} for subscribe months); never markup.</summary>
    public string Template { get; init; } = "";

    public bool SoundEnabled { get; init; }

    /// <summary>A file name in the top-level wwwroot/sounds folder.</summary>
    public string SoundFile { get; init; } = GiftAlertSettings.DefaultSoundFile;

    /// <summary>0–100.</summary>
    public int SoundVolume { get; init; } = 80;

    /// <summary>A file name in the top-level wwwroot/images folder; empty for none.</summary>
    public string ImageFile { get; init; } = "";

    /// <summary>A file name in the top-level wwwroot/videos folder, played muted with the alert; empty for none.</summary>
    public string VideoFile { get; init; } = "";

    /// <summary>A CSS colour for this type's ring and highlights; empty keeps the type's built-in colour.</summary>
    public string AccentColor { get; init; } = "";

    /// <summary>The same viewer alerts at most once per this many seconds for this type; 0 for no limit.</summary>
    public int ViewerCooldownSeconds { get; init; }

    /// <summary>After this type's sound played, its next alerts stay silent for this many seconds; 0 for no limit.</summary>
    public int SoundCooldownSeconds { get; init; }
}
