namespace Overlay.Web.Upstream;

public enum FrameKind
{
    Text,
    Binary,

    /// <summary>Marker written by the client when a socket opens: starts the backlog window (protocol.md §6).</summary>
    SocketOpened,

    /// <summary>Marker written when a socket closes: open combos are finalized (§5 step 8).</summary>
    SocketClosed,
}

/// <summary>
/// One WebSocket message as received, before any parsing, or a socket open/close marker. Markers travel in the
/// same channel as frames so the pipeline sees them in order.
/// </summary>
public readonly record struct InboundFrame(FrameKind Kind, string? Text, byte[]? Binary, DateTimeOffset ReceivedAt)
{
    public static InboundFrame FromText(string text, DateTimeOffset at) => new(FrameKind.Text, text, null, at);

    public static InboundFrame FromBinary(byte[] bytes, DateTimeOffset at) => new(FrameKind.Binary, null, bytes, at);

    public static InboundFrame SocketOpened(DateTimeOffset at) => new(FrameKind.SocketOpened, null, null, at);

    public static InboundFrame SocketClosed(DateTimeOffset at) => new(FrameKind.SocketClosed, null, null, at);
}
