using Overlay.Web.Upstream;

namespace Overlay.Tests.Infrastructure;

/// <summary>Stands in for the upstream client where the pipeline runs alone: keeps each fact it is told, in order.</summary>
public sealed class SessionFactsLog : IUpstreamSessionFacts
{
    private readonly Lock _gate = new();
    private readonly List<string> _facts = [];

    public IReadOnlyList<string> Facts
    {
        get
        {
            lock (_gate)
            {
                return [.. _facts];
            }
        }
    }

    public void RoomSeen(string roomId, string title, long? viewerCount) => Add($"room {roomId} {title} {viewerCount}");

    public void ViewerCountSeen(long viewerCount) => Add($"viewers {viewerCount}");

    public void StreamEnded(bool reconnect) => Add(reconnect ? "ended, reconnect" : "ended");

    public void LimitNoticeSeen(string kind, string message) => Add($"limit {kind} {message}");

    private void Add(string fact)
    {
        lock (_gate)
        {
            _facts.Add(fact);
        }
    }
}
