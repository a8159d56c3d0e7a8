namespace Overlay.Web.Upstream;

/// <summary>
/// What the pipeline told us about one socket (<see cref="IUpstreamSessionFacts"/>). Written by the pipeline's
/// thread, read by the connection loop; each field is a single reference or flag, so volatile reads are enough.
/// </summary>
internal sealed class SessionFacts
{
    private volatile bool _open = true;
    private volatile bool _roomInfoReceived;
    private volatile bool _streamEnded;
    private volatile bool _streamEndSaysReconnect;
    private volatile string? _limitNotice;
    private volatile RoomSnapshot _room = new("", "", null);

    public bool IsOpen => _open;
    public bool RoomInfoReceived => _roomInfoReceived;
    public bool StreamEnded => _streamEnded;

    /// <summary>The streamEnd said the provider resolves the creator's next room (§10 v3.2).</summary>
    public bool StreamEndSaysReconnect => _streamEndSaysReconnect;

    /// <summary>The limit notice's message (redacted), or null when none arrived (§2).</summary>
    public string? LimitNotice => _limitNotice;

    public RoomSnapshot Room => _room;

    public void Close() => _open = false;

    public void OnRoomInfo(string roomId, string title, long? viewers)
    {
        _room = new RoomSnapshot(roomId, title, viewers ?? _room.ViewerCount);
        _roomInfoReceived = true;
    }

    public void OnViewerCount(long viewers) => _room = _room with { ViewerCount = viewers };

    public void OnStreamEnd(bool reconnect)
    {
        _streamEndSaysReconnect = reconnect;
        _streamEnded = true;
    }

    public void OnLimitNotice(string redactedMessage) => _limitNotice = redactedMessage;
}

internal sealed record RoomSnapshot(string RoomId, string Title, long? ViewerCount);
