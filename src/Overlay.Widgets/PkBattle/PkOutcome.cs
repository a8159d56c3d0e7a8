namespace Overlay.Widgets.PkBattle;

/// <summary>The result once a PK has ended: the side with the higher team score, or a draw on a tie.</summary>
public enum PkOutcome
{
    None,
    LeftWins,
    RightWins,
    Draw,
}
