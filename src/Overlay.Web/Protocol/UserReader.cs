using System.Text.Json;
using Overlay.Web.Events;

namespace Overlay.Web.Protocol;

/// <summary>Reads the user object (protocol.md §3). Any field may be missing, empty, null or of the wrong type.</summary>
internal static class UserReader
{
    /// <summary><c>data.user</c> as a <see cref="ViewerUser"/>; <see cref="ViewerUser.Anonymous"/> when absent.</summary>
    public static ViewerUser Read(JsonElement data)
    {
        if (!JsonRead.TryGet(data, "user"u8, out var user) || user.ValueKind != JsonValueKind.Object)
        {
            return ViewerUser.Anonymous;
        }

        string id = JsonRead.Id(user, "userId"u8);
        if (id.Length == 0)
        {
            id = JsonRead.Id(user, "id"u8);
        }

        return new ViewerUser(
            Id: id,
            UniqueId: JsonRead.Text(user, "uniqueId"u8, SafeText.NameMax),
            Nickname: JsonRead.Text(user, "nickname"u8, SafeText.NameMax),
            AvatarUrl: JsonRead.Url(user, "profilePictureUrl"u8),
            FollowRole: JsonRead.Count(user, "followRole"u8),
            IsModerator: JsonRead.Bool(user, "isModerator"u8),
            IsSubscriber: JsonRead.Bool(user, "isSubscriber"u8),
            IsNewGifter: JsonRead.Bool(user, "isNewGifter"u8),
            TopGifterRank: JsonRead.OptionalCount(user, "topGifterRank"u8),
            Level: JsonRead.OptionalCount(user, "level"u8) ?? JsonRead.Count(user, "payGrade"u8));
    }
}
