namespace Overlay.Web.Protocol;

/// <summary>The gift list's answer: its status_code (0 = fine), the provider's message, and the gifts it held.</summary>
public sealed record GiftListAnswer(int StatusCode, string Message, IReadOnlyList<ImportedGift> Gifts);
