namespace Overlay.Widgets.PkBattle;

/// <summary>One of a side's top gifters in this PK; the nickname is untrusted viewer text.</summary>
public sealed record PkContributor(string Nickname, long Score, bool IsMvp);
