namespace Overlay.Widgets.PkBattle;

/// <summary>One side of the split bar: its label, the summed team score of its hosts and its top contributors.</summary>
public sealed record PkSide(string Label, long Score, IReadOnlyList<PkContributor> Contributors)
{
    public static PkSide Empty(string label) => new(label, 0, []);
}
