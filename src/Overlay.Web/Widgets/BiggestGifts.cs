using Overlay.Web.Events;

namespace Overlay.Web.Widgets;

/// <summary>
/// Each gifter's most valuable gift (by diamonds per gift), for the top gifters' icons. In memory only and bounded:
/// after a restart a viewer's icon returns with their next gift.
/// </summary>
public sealed class BiggestGifts(int capacity)
{
    private readonly Dictionary<string, (string Name, int DiamondsEach, string? PictureUrl)> _byViewer = new(StringComparer.Ordinal);

    /// <summary>Not thread-safe: the owner (<see cref="LeaderboardTracker"/>) holds its lock.</summary>
    public void Add(GiftComboEvent combo)
    {
        var key = combo.User.IdentityKey;
        if (key.Length == 0 || combo.PictureUrl is null)
        {
            return;
        }
        if (_byViewer.TryGetValue(key, out var known) && known.DiamondsEach > combo.DiamondsEach)
        {
            return;
        }
        if (!_byViewer.ContainsKey(key) && _byViewer.Count >= capacity)
        {
            _byViewer.Remove(_byViewer.MinBy(v => v.Value.DiamondsEach).Key);
        }
        _byViewer[key] = (combo.GiftName, combo.DiamondsEach, combo.PictureUrl);
    }

    public (string Name, string PictureUrl)? For(string viewerKey) =>
        _byViewer.TryGetValue(viewerKey, out var gift) && gift.PictureUrl is { } url ? (gift.Name, url) : null;

    public void Clear() => _byViewer.Clear();

    /// <summary>Viewers remembered (for /healthz); bounded by the capacity.</summary>
    public int Count => _byViewer.Count;
}
