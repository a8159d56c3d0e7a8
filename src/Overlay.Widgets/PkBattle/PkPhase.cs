namespace Overlay.Widgets.PkBattle;

/// <summary>Where the PK is, as the widget shows it; <see cref="None"/> renders nothing.</summary>
public enum PkPhase
{
    None,
    Preparing,
    Active,
    Ended,
}
