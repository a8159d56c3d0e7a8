namespace Overlay.Widgets.GiftAlert;

public sealed record GiftAlertSettings
{
    /// <summary>How long one alert stays on screen.</summary>
    public double DisplaySeconds { get; init; } = 5;

    /// <summary>Combos worth less than this (diamonds × count) do not alert.</summary>
    public int MinDiamonds { get; init; }

    /// <summary>Alerts waiting behind the current one. Past this, the cheapest waiting alert is dropped and logged.</summary>
    public int MaxQueue { get; init; } = 100;
}
