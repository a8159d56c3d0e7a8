using Overlay.Widgets.Shared;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Widgets.PkBattle;

public sealed record PkBattleSettings : IHasLook, IHasLanguage
{
    public const int MaxLabelLength = 24;

    /// <summary>Team 0 of the PK, drawn on the left (on TikTok, the creator's own side).</summary>
    public string LeftLabel { get; init; } = WidgetTexts.Get(WidgetText.PkUs, WidgetLanguages.English);

    public string RightLabel { get; init; } = WidgetTexts.Get(WidgetText.PkOpponent, WidgetLanguages.English);

    /// <summary>Show the top 3 gifters of each side, the MVP marked.</summary>
    public bool ShowContributors { get; init; } = true;

    /// <summary>How long the result stays on screen after the PK ends, then the widget hides.</summary>
    public int ResultSeconds { get; init; } = 15;

    /// <summary>How long a booster card stays on screen.</summary>
    public int BoosterSeconds { get; init; } = 6;

    /// <summary>Show gifts sent in the opponent's room (they never alert and never count).</summary>
    public bool ShowOpponentGifts { get; init; } = true;

    public WidgetLook Look { get; init; } = new();

    public string Language { get; init; } = WidgetLanguages.English;
}
