using Overlay.Web.Events;

namespace Overlay.Web.Widgets;

/// <summary>
/// Diamonds per viewer in this stream (finished combos and late top-ups), reset when a new room starts, and who the
/// top N are. The top set is worked out again only after a gift, so asking per chat message is a set lookup.
/// </summary>
internal sealed class StreamGifters
{
    private readonly Dictionary<string, long> _diamonds = new(StringComparer.Ordinal);
    private HashSet<string>? _top;
    private int _topCount;
    private string? _roomId;

    /// <summary>Counts a gift or starts over on a new room; true when it changed anything.</summary>
    public bool Observe(OverlayEvent evt)
    {
        switch (evt)
        {
            case RoomInfoEvent room when room.RoomId.Length > 0 && room.RoomId != _roomId:
                _roomId = room.RoomId;
                _diamonds.Clear();
                _top = null;
                return true;
            case GiftComboEvent { Phase: ComboPhase.Finished or ComboPhase.LateTopUp, User.IdentityKey.Length: > 0 } gift:
                var added = gift.Phase == ComboPhase.Finished ? gift.Diamonds : (long)gift.DiamondsEach * gift.AddedCount;
                if (added <= 0)
                {
                    return false;
                }
                _diamonds[gift.User.IdentityKey] = _diamonds.GetValueOrDefault(gift.User.IdentityKey) + added;
                _top = null;
                return true;
            default:
                return false;
        }
    }

    public bool IsTop(ViewerUser user, int count)
    {
        if (count <= 0 || user.IdentityKey.Length == 0)
        {
            return false;
        }
        if (_top is null || _topCount != count)
        {
            _top = [.. _diamonds.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).Select(p => p.Key)];
            _topCount = count;
        }
        return _top.Contains(user.IdentityKey);
    }
}
