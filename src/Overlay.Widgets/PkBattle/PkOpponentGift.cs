namespace Overlay.Widgets.PkBattle;

/// <summary>A gift sent in the opponent's room: shown for colour, never an alert and never counted.</summary>
public sealed record PkOpponentGift(long Id, string Nickname, string GiftName, int Count, string? PictureUrl);
