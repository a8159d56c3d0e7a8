using Overlay.Widgets.Shared.Texts;

namespace Overlay.Widgets.PkBattle;

/// <summary>
/// What the PK widget shows. <see cref="MillisecondsLeft"/> is the time left when the view was read; the page
/// counts down from it by itself between frames (WidgetScripts), so the server renders only on change.
/// </summary>
public sealed record PkBattleView(
    PkPhase Phase,
    PkSide Left,
    PkSide Right,
    long? MillisecondsLeft,
    PkOutcome Outcome,
    IReadOnlyList<PkBooster> Boosters,
    IReadOnlyList<PkOpponentGift> OpponentGifts,
    bool ShowContributors)
{
    public static PkBattleView Hidden { get; } = new(PkPhase.None, PkSide.Empty("Us"), PkSide.Empty("Opponent"), null, PkOutcome.None, [], [], true);

    /// <summary>The language of the built-in result line.</summary>
    public string Language { get; init; } = WidgetLanguages.English;

    /// <summary>The countdown text for a number of milliseconds: m:ss, rounded up so 0:00 means time is up.</summary>
    public static string Clock(long milliseconds)
    {
        var seconds = (long)Math.Ceiling(Math.Max(0, milliseconds) / 1000.0);
        return $"{seconds / 60}:{seconds % 60:00}";
    }
}
