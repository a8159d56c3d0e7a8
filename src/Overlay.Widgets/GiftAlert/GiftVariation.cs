namespace Overlay.Widgets.GiftAlert;

/// <summary>
/// A rule that gives some gift alerts their own look: it matches when the combo is worth at least
/// <see cref="MinDiamonds"/> and, if <see cref="GiftName"/> is set, is that gift. The first matching rule wins;
/// an empty field keeps the default's value.
/// </summary>
public sealed record GiftVariation
{
    /// <summary>Shown in the admin only.</summary>
    public string Name { get; init; } = "";

    public long MinDiamonds { get; init; }

    /// <summary>Case-insensitive gift name; empty matches any gift.</summary>
    public string GiftName { get; init; } = "";

    public string Template { get; init; } = "";

    public string SoundFile { get; init; } = "";

    /// <summary>0–100, used with <see cref="SoundFile"/>.</summary>
    public int SoundVolume { get; init; } = 80;

    /// <summary>0 keeps the default display time.</summary>
    public double DisplaySeconds { get; init; }

    /// <summary>A CSS colour for the ring and highlights; empty keeps the gift accent.</summary>
    public string AccentColor { get; init; } = "";

    public string ImageFile { get; init; } = "";

    /// <summary>A file name in wwwroot/videos; empty keeps the gift video (if any).</summary>
    public string VideoFile { get; init; } = "";

    public bool Matches(string giftName, long diamonds) =>
        diamonds >= MinDiamonds && (GiftName.Length == 0 || string.Equals(GiftName.Trim(), giftName, StringComparison.OrdinalIgnoreCase));
}
