using Overlay.Widgets.Shared;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Widgets.Leaderboard;

/// <summary>The top rows, best first.</summary>
public sealed record LeaderboardView(string Title, LeaderboardUnit Unit, IReadOnlyList<LeaderboardRow> Rows, StreamEndView StreamEnd)
{
    public static LeaderboardView Empty(string title, LeaderboardUnit unit) => new(title, unit, [], StreamEndView.Live);

    /// <summary>The language of the built-in "No gifts yet" line.</summary>
    public string Language { get; init; } = WidgetLanguages.English;
}
