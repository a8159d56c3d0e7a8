namespace Overlay.Web.Events;

/// <summary>A viewer as the upstream describes them (protocol.md §3), already sanitised and length-capped.</summary>
public sealed record ViewerUser(
    string Id,
    string UniqueId,
    string Nickname,
    string? AvatarUrl,
    int FollowRole = 0,
    bool IsModerator = false,
    bool IsSubscriber = false,
    bool IsNewGifter = false,
    int? TopGifterRank = null,
    int Level = 0)
{
    public static ViewerUser Anonymous { get; } = new("", "", "", null);

    /// <summary>Nickname, else uniqueId, else "viewer" (§3 fallbacks).</summary>
    public string DisplayName =>
        Nickname.Length > 0 ? Nickname : UniqueId.Length > 0 ? UniqueId : "viewer";

    /// <summary>userId, else id, else uniqueId (§3): the parser already folded id into <see cref="Id"/>.</summary>
    public string IdentityKey => Id.Length > 0 ? Id : UniqueId;
}
