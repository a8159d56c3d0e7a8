using System.Text;
using System.Text.Json;

namespace Overlay.Bench.Load;

/// <summary>One frame to send: its token (null for untracked frames such as likes) and its UTF-8 bytes.</summary>
public sealed record OutgoingFrame(string? Token, byte[] Utf8);

/// <summary>
/// Upstream frames in the shape of protocol.md §4, stamped with a token (letter + 7 digits) that the page probe
/// finds in the DOM: b = measured chat, g = gift, w = warm-up. Every frame has its own msgId, so the app's
/// duplicate filter (§6) never drops one.
/// </summary>
public static class Frames
{
    public const string RoomId = "7437612345678901234";

    public static string Token(char kind, long seq) => $"{kind}{seq:D7}";

    public static byte[] RoomInfo() => Utf8(new
    {
        @event = "roomInfo",
        roomId = RoomId,
        uniqueId = "bench",
        roomInfo = new { title = "bench", user_count = 1, like_count = 0, owner = new { nickname = "Bench", uniqueId = "bench" } },
    });

    public static OutgoingFrame Chat(char kind, long seq)
    {
        var token = Token(kind, seq);
        var user = seq % 50;
        return new(token, Utf8(new
        {
            @event = "chat",
            data = new
            {
                type = "chat",
                msgId = MsgId(kind, seq),
                timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
                comment = $"{token} hello from the bench",
                user = new { uniqueId = $"u{user}", nickname = $"N{user}", userId = $"{1000 + user}" },
            },
        }));
    }

    /// <summary>A single gift (giftType 2) alerts at once (§5 rule 3); the token is the sender's nickname.</summary>
    public static OutgoingFrame Gift(char kind, long seq)
    {
        var token = Token(kind, seq);
        return new(token, Utf8(new
        {
            @event = "gift",
            data = new
            {
                type = "gift",
                msgId = MsgId(kind, seq),
                timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
                giftId = 6064,
                giftName = "Lion",
                diamondCount = 29999,
                repeatCount = 1,
                repeatEnd = true,
                giftType = 2,
                user = new { uniqueId = token, nickname = token, userId = $"{9_000_000 + seq}" },
            },
        }));
    }

    public static OutgoingFrame Like(long seq, long total) => new(null, Utf8(new
    {
        @event = "like",
        data = new
        {
            type = "like",
            msgId = MsgId('l', seq),
            likeCount = 15,
            totalLikeCount = total,
            user = new { uniqueId = "liker", nickname = "Like Fan", userId = "42" },
        },
    }));

    private static string MsgId(char kind, long seq) => $"{7_400_000_000_000_000_000 + kind * 100_000_000L + seq}";

    private static byte[] Utf8(object value) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value));
}
