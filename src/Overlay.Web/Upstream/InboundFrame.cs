namespace Overlay.Web.Upstream;

/// <summary>One WebSocket message as received, before any parsing. Exactly one of Text or Binary is set.</summary>
public readonly record struct InboundFrame(string? Text, byte[]? Binary, DateTimeOffset ReceivedAt);
