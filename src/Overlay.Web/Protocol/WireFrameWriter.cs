using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Overlay.Web.Protocol;

/// <summary>
/// Writes frames in the upstream wire format (protocol.md §2–§4). The demo upstream and the admin's test buttons
/// speak through it, so what they send takes the same parser path as tik.tools.
/// </summary>
public static class WireFrameWriter
{
    public sealed record User(string UniqueId, string Nickname, string UserId, string? AvatarUrl = null);

    public static string RoomInfo(string roomId, string uniqueId, string title, long viewers, long likes) =>
        Write(w =>
        {
            w.WriteString("event", "roomInfo");
            w.WriteString("roomId", roomId);
            w.WriteString("uniqueId", uniqueId);
            w.WriteStartObject("roomInfo");
            w.WriteString("title", title);
            w.WriteNumber("user_count", viewers);
            w.WriteNumber("like_count", likes);
            w.WriteStartObject("owner");
            w.WriteString("nickname", uniqueId);
            w.WriteString("uniqueId", uniqueId);
            w.WriteEndObject();
            w.WriteEndObject();
        });

    public static string Chat(string msgId, User user, string comment, DateTimeOffset at) =>
        Event("chat", msgId, user, at, w => w.WriteString("comment", comment));

    public static string Gift(
        string msgId, User user, DateTimeOffset at, int giftId, string giftName, int diamonds,
        int repeatCount, bool repeatEnd, int giftType, string groupId, string? pictureUrl) =>
        Event("gift", msgId, user, at, w =>
        {
            w.WriteNumber("giftId", giftId);
            w.WriteString("giftName", giftName);
            w.WriteNumber("diamondCount", diamonds);
            w.WriteNumber("repeatCount", repeatCount);
            w.WriteBoolean("repeatEnd", repeatEnd);
            w.WriteNumber("giftType", giftType);
            w.WriteString("groupId", groupId);
            if (pictureUrl is not null)
            {
                w.WriteString("giftPictureUrl", pictureUrl);
            }
        });

    public static string Like(string msgId, User user, DateTimeOffset at, int count, long total) =>
        Event("like", msgId, user, at, w =>
        {
            w.WriteNumber("likeCount", count);
            w.WriteNumber("totalLikeCount", total);
        });

    public static string Member(string msgId, User user, DateTimeOffset at) =>
        Event("member", msgId, user, at, w => w.WriteNumber("actionId", 1));

    public static string Follow(string msgId, User user, DateTimeOffset at) => Event("follow", msgId, user, at, null);

    public static string Share(string msgId, User user, DateTimeOffset at) => Event("share", msgId, user, at, null);

    public static string Subscribe(string msgId, User user, DateTimeOffset at, int months) =>
        Event("subscribe", msgId, user, at, w => w.WriteNumber("subMonth", months));

    public static string ViewerCount(long viewers, DateTimeOffset at) =>
        Event("roomUserSeq", "", null, at, w => w.WriteNumber("viewerCount", viewers));

    private static string Event(string name, string msgId, User? user, DateTimeOffset at, Action<Utf8JsonWriter>? fields) =>
        Write(w =>
        {
            w.WriteString("event", name);
            w.WriteStartObject("data");
            w.WriteString("type", name);
            if (msgId.Length > 0)
            {
                w.WriteString("msgId", msgId);
            }
            w.WriteNumber("timestamp", at.ToUnixTimeMilliseconds());
            fields?.Invoke(w);
            if (user is not null)
            {
                w.WriteStartObject("user");
                w.WriteString("uniqueId", user.UniqueId);
                w.WriteString("nickname", user.Nickname);
                w.WriteString("userId", user.UserId);
                if (user.AvatarUrl is not null)
                {
                    w.WriteString("profilePictureUrl", user.AvatarUrl);
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        // Relaxed escaping keeps emoji readable in recordings; the parser accepts both forms.
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
