namespace Overlay.Widgets.PkBattle;

/// <summary>A booster card played during the PK (x2, mist, gloves …). The icon is an http(s) URL or null.</summary>
public sealed record PkBooster(long Id, string Effect, int Multiplier, string SenderNickname, string? IconUrl);
