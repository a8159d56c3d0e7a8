namespace Overlay.Web.Upstream;

/// <summary>
/// What the upstream client needs to know about its current socket's session but cannot read itself: it only
/// forwards frames, and the pipeline decides what they mean. The pipeline reports each fact once the event is
/// admitted (duplicates and a previous room's frames already dropped), on its own thread; the client's status
/// and its reconnect decisions read them (protocol.md §2, §7).
/// </summary>
public interface IUpstreamSessionFacts
{
    /// <summary>A roomInfo frame arrived: the room is live and identified.</summary>
    void RoomSeen(string roomId, string title, long? viewerCount);

    void ViewerCountSeen(long viewerCount);

    /// <summary>
    /// The stream ended (§4 streamEnd); the socket will close. <paramref name="reconnect"/>: the provider said it
    /// resolves the creator's next room (§10 v3.2).
    /// </summary>
    void StreamEnded(bool reconnect);

    /// <summary>The provider's limit notice (§2). <paramref name="message"/> may hold the key and is redacted by the client.</summary>
    void LimitNoticeSeen(string kind, string message);
}
