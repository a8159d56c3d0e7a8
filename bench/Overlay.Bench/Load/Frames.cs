using System.Text;
using Overlay.Web.Protocol;

namespace Overlay.Bench.Load;

/// <summary>One frame to send: its token (null for untracked frames such as likes) and its UTF-8 bytes.</summary>
public sealed record OutgoingFrame(string? Token, byte[] Utf8);

/// <summary>
/// Upstream frames in the shape of protocol.md §4, written by the app's own <see cref="WireFrameWriter"/> and
/// stamped with a token (letter + 7 digits) that the page probe finds in the DOM: b = measured chat, g = gift,
/// w = warm-up. Every frame has its own msgId, so the app's duplicate filter (§6) never drops one.
/// </summary>
public static class Frames
{
    public const string RoomId = "7437612345678901234";

    private static readonly WireFrameWriter.User Liker = new("liker", "Like Fan", "42");

    public static string Token(char kind, long seq) => $"{kind}{seq:D7}";

    public static byte[] RoomInfo() => Utf8(WireFrameWriter.RoomInfo(RoomId, "bench", "bench", viewers: 1, likes: 0));

    public static OutgoingFrame Chat(char kind, long seq)
    {
        var token = Token(kind, seq);
        var user = seq % 50;
        return new(token, Utf8(WireFrameWriter.Chat(MsgId(kind, seq), new($"u{user}", $"N{user}", $"{1000 + user}"),
            $"{token} hello from the bench", DateTimeOffset.UtcNow)));
    }

    /// <summary>A single gift (giftType 2) alerts at once (§5 rule 3); the token is the sender's nickname.</summary>
    public static OutgoingFrame Gift(char kind, long seq)
    {
        var token = Token(kind, seq);
        return new(token, Utf8(WireFrameWriter.Gift(MsgId(kind, seq), new(token, token, $"{9_000_000 + seq}"), DateTimeOffset.UtcNow,
            giftId: 6064, giftName: "Lion", diamonds: 29999, repeatCount: 1, repeatEnd: true, giftType: 2, groupId: "", pictureUrl: null)));
    }

    public static OutgoingFrame Like(long seq, long total) =>
        new(null, Utf8(WireFrameWriter.Like(MsgId('l', seq), Liker, DateTimeOffset.UtcNow, count: 15, total)));

    private static string MsgId(char kind, long seq) => $"{7_400_000_000_000_000_000 + kind * 100_000_000L + seq}";

    private static byte[] Utf8(string frame) => Encoding.UTF8.GetBytes(frame);
}
