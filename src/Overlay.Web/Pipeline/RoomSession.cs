using Overlay.Web.Events;

namespace Overlay.Web.Pipeline;

/// <summary>What <see cref="RoomSession.Admit"/> made of an event: null when it is a duplicate.</summary>
public readonly record struct Admission(OverlayEvent? Event, bool RoomChanged);

/// <summary>
/// Per-room rules of protocol.md §6: the current roomId, duplicate ids, id-less copies and the backlog window.
/// Not thread-safe: only the pipeline loop calls it, one frame at a time, in arrival order.
/// </summary>
public sealed class RoomSession
{
    /// <summary>How long after the first socket of a room opens its backlog check runs (§6).</summary>
    public static readonly TimeSpan BacklogWindow = TimeSpan.FromSeconds(15);

    /// <summary>How much older than the socket's open time an event must be to count as backlog (§6).</summary>
    public static readonly TimeSpan BacklogAge = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan SocialCopyWindow = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan ChatCopyWindow = TimeSpan.FromSeconds(10);

    private readonly SeenIdSet _seen = new();
    private readonly RecentKeySet _social = new(SocialCopyWindow);
    private readonly RecentKeySet _chat = new(ChatCopyWindow);
    private DateTimeOffset? _lastSocketOpenedAt;
    private DateTimeOffset? _backlogFrom;

    /// <summary>Message ids remembered for duplicates (§6). Read by /healthz off the pipeline loop: a count, not a snapshot.</summary>
    public int SeenIdCount => _seen.Count;

    /// <summary>Id-less follow/share/subscribe and chat copies remembered (§6); read like <see cref="SeenIdCount"/>.</summary>
    public int RecentKeyCount => _social.Count + _chat.Count;

    /// <summary>The last non-empty roomId seen; "" until the first roomInfo.</summary>
    public string RoomId { get; private set; } = "";

    public void OnSocketOpened(DateTimeOffset at)
    {
        _lastSocketOpenedAt = at;
        // Before any roomInfo this is the first socket of a room (startup). Later sockets are reconnects to the
        // same room until a roomInfo says otherwise; their unseen events fill the gap and are not backlog.
        _backlogFrom = RoomId.Length == 0 ? at : null;
    }

    /// <param name="receivedAt">When the frame arrived: duplicate windows and the backlog window use this clock.</param>
    public Admission Admit(OverlayEvent evt, DateTimeOffset receivedAt)
    {
        var roomChanged = evt is RoomInfoEvent info && ChangeRoom(info.RoomId);
        if (!IsFirstCopy(evt, receivedAt))
        {
            return new(null, roomChanged);
        }
        return new(IsBacklog(evt, receivedAt) ? evt with { IsBacklog = true } : evt, roomChanged);
    }

    private bool ChangeRoom(string roomId)
    {
        if (roomId.Length == 0 || string.Equals(roomId, RoomId, StringComparison.Ordinal))
        {
            return false;
        }
        var hadRoom = RoomId.Length > 0;
        RoomId = roomId;
        if (!hadRoom)
        {
            return false;
        }
        // A new LIVE session: ids from the old one mean nothing, and this socket is the first of the new room.
        _seen.Clear();
        _social.Clear();
        _chat.Clear();
        _backlogFrom = _lastSocketOpenedAt;
        return true;
    }

    private bool IsFirstCopy(OverlayEvent evt, DateTimeOffset now)
    {
        if (evt.DedupeId.Length > 0)
        {
            // §10: a gift retried under a new msgId keeps its transaction key; either one seen makes it a copy.
            var first = _seen.Add(evt.DedupeId);
            return (evt.AltDedupeId.Length == 0 || _seen.Add(evt.AltDedupeId)) && first;
        }
        return evt switch
        {
            FollowEvent e => FirstSocial("follow", e.User, now),
            ShareEvent e => FirstSocial("share", e.User, now),
            SubscribeEvent e => FirstSocial("subscribe", e.User, now),
            ChatEvent e => _chat.TryAccept(Key(e.User.IdentityKey, e.Comment), now),
            // Id-less gifts are handled by the combo memory (§5 step 7); other kinds are counters, never alerts.
            _ => true,
        };
    }

    private bool FirstSocial(string kind, ViewerUser user, DateTimeOffset now) =>
        // Without any identity two different viewers would look the same: let them through.
        user.IdentityKey.Length == 0 || _social.TryAccept(Key(kind, user.IdentityKey), now);

    // Length-prefixed so that no two (a, b) pairs share a key, whatever the viewer typed.
    private static string Key(string a, string b) => $"{a.Length}:{a}{b}";

    private bool IsBacklog(OverlayEvent evt, DateTimeOffset now) =>
        _backlogFrom is { } openedAt
        && now - openedAt < BacklogWindow
        && evt.SentAt is { } sentAt
        && openedAt - sentAt > BacklogAge;
}
