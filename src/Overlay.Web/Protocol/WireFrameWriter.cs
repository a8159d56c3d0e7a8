using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Overlay.Web.Protocol;

/// <summary>
/// Writes frames in the upstream wire format (protocol.md §2–§4): the one place that knows the envelope, the user
/// object, the roomInfo shape and how a frame is serialised. The demo upstream and the admin's test buttons speak
/// through it, so what they send takes the same parser path as tik.tools; the tests' frame builders and the bench's
/// load generator build on its parts (<see cref="Envelope"/>, <see cref="UserObject"/>, <see cref="ToWire"/>).
/// </summary>
public static partial class WireFrameWriter
{
    // Relaxed escaping keeps emoji and markup as readable as on the wire (and in recordings); still valid JSON, and
    // the parser accepts both forms.
    private static readonly JsonSerializerOptions WireOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record User(string UniqueId, string Nickname, string UserId, string? AvatarUrl = null);

    /// <summary>The usual frame: <c>{"event": name, "data": {"type": name}}</c>; fields go into <c>data</c>.</summary>
    public static JsonObject Envelope(string eventName) => new() { ["event"] = eventName, ["data"] = new JsonObject { ["type"] = eventName } };

    /// <summary>data.user: userId and avatar are left out when null.</summary>
    public static JsonObject UserObject(string uniqueId, string nickname, string? userId = null, string? avatarUrl = null)
    {
        var user = new JsonObject { ["uniqueId"] = uniqueId, ["nickname"] = nickname };
        if (userId is not null)
        {
            user["userId"] = userId;
        }
        if (avatarUrl is not null)
        {
            user["profilePictureUrl"] = avatarUrl;
        }
        return user;
    }

    /// <summary>A roomInfo frame, its fields at the top level (§4); counts are left out when null.</summary>
    public static JsonObject RoomInfoObject(string roomId, string uniqueId, string title, long? viewers, long? likes, string hostNickname)
    {
        var info = new JsonObject { ["title"] = title };
        if (viewers is { } v)
        {
            info["user_count"] = v;
        }
        if (likes is { } l)
        {
            info["like_count"] = l;
        }
        info["owner"] = new JsonObject { ["nickname"] = hostNickname, ["uniqueId"] = uniqueId };
        return new JsonObject { ["event"] = "roomInfo", ["roomId"] = roomId, ["uniqueId"] = uniqueId, ["roomInfo"] = info };
    }

    /// <summary>The frame's wire text.</summary>
    public static string ToWire(JsonNode frame) => frame.ToJsonString(WireOptions);

    public static string RoomInfo(string roomId, string uniqueId, string title, long viewers, long likes) =>
        ToWire(RoomInfoObject(roomId, uniqueId, title, viewers, likes, uniqueId));

    /// <summary>A chat line; with a <paramref name="messageUuid"/> (§10 v3), which an imDelete may name instead of the msgId.</summary>
    public static string Chat(string msgId, User user, string comment, DateTimeOffset at, string? messageUuid = null) =>
        Event("chat", msgId, user, at, d =>
        {
            d["comment"] = comment;
            if (messageUuid is not null)
            {
                d["messageUuid"] = messageUuid;
            }
        });

    public static string Gift(
        string msgId, User user, DateTimeOffset at, int giftId, string giftName, int diamonds,
        int repeatCount, bool repeatEnd, int giftType, string groupId, string? pictureUrl) =>
        Event("gift", msgId, user, at, d =>
        {
            d["giftId"] = giftId;
            d["giftName"] = giftName;
            d["diamondCount"] = diamonds;
            d["repeatCount"] = repeatCount;
            d["repeatEnd"] = repeatEnd;
            d["giftType"] = giftType;
            d["groupId"] = groupId;
            if (pictureUrl is not null)
            {
                d["giftPictureUrl"] = pictureUrl;
            }
        });

    public static string Like(string msgId, User user, DateTimeOffset at, int count, long total) =>
        Event("like", msgId, user, at, d =>
        {
            d["likeCount"] = count;
            d["totalLikeCount"] = total;
        });

    public static string Member(string msgId, User user, DateTimeOffset at) =>
        Event("member", msgId, user, at, d => d["actionId"] = 1);

    public static string Follow(string msgId, User user, DateTimeOffset at) => Event("follow", msgId, user, at, null);

    public static string Share(string msgId, User user, DateTimeOffset at) => Event("share", msgId, user, at, null);

    public static string Subscribe(string msgId, User user, DateTimeOffset at, int months) =>
        Event("subscribe", msgId, user, at, d => d["subMonth"] = months);

    public static string ViewerCount(long viewers, DateTimeOffset at) =>
        Event("roomUserSeq", "", null, at, d => d["viewerCount"] = viewers);

    private static string Event(string name, string msgId, User? user, DateTimeOffset at, Action<JsonObject>? fields)
    {
        var frame = Envelope(name);
        var data = (JsonObject)frame["data"]!;
        if (msgId.Length > 0)
        {
            data["msgId"] = msgId;
        }
        data["timestamp"] = at.ToUnixTimeMilliseconds();
        fields?.Invoke(data);
        if (user is not null)
        {
            data["user"] = UserObject(user.UniqueId, user.Nickname, user.UserId, user.AvatarUrl);
        }
        return ToWire(frame);
    }
}
