using Overlay.Widgets.Shared;

namespace Overlay.Widgets.GiftAlert;

public sealed record GiftAlertSettings : IHasLook
{
    /// <summary>How long one alert stays on screen.</summary>
    public double DisplaySeconds { get; init; } = 5;

    /// <summary>Combos worth less than this (diamonds × count) do not alert.</summary>
    public int MinDiamonds { get; init; }

    /// <summary>Alerts waiting behind the current one. Past this, the cheapest waiting alert is dropped and logged.</summary>
    public int MaxQueue { get; init; } = 100;

    /// <summary>Play <see cref="SoundFile"/> when an alert starts showing.</summary>
    public bool SoundEnabled { get; init; }

    /// <summary>A file name in the top-level wwwroot/sounds folder.</summary>
    public string SoundFile { get; init; } = DefaultSoundFile;

    /// <summary>0–100, the browser's volume for the sound (OBS mixes the source on top of that).</summary>
    public int SoundVolume { get; init; } = 80;

    public const string DefaultSoundFile = "chime.wav";

    public WidgetLook Look { get; init; } = new();
}
