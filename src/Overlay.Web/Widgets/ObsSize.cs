namespace Overlay.Web.Widgets;

/// <summary>An OBS browser-source size preset.</summary>
public sealed record ObsSize(string Label, int Width, int Height)
{
    public static IReadOnlyList<ObsSize> Presets { get; } =
    [
        new("800 × 600", 800, 600),
        new("1920 × 1080 (landscape)", 1920, 1080),
        new("1080 × 1920 (portrait)", 1080, 1920),
    ];
}
