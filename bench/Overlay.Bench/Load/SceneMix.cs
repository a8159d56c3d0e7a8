using System.Text;
using Overlay.Web.Protocol;

namespace Overlay.Bench.Load;

/// <summary>
/// A busy stream's mix of frames, in a fixed order: per 100 frames 60 chats (measured 'b' tokens), 20 likes (a rising
/// room total), 8 joins, 7 gift frames, 3 follows and 2 viewer counts. Gifts follow protocol.md §5: a streakable gift
/// (giftType 1) sends its running count with repeatEnd false, then a final frame with repeatEnd true (even a single
/// Rose sends two); every fourth gift is a single gift (giftType 2, one frame). One instance per run: it holds the
/// open streak. <paramref name="from"/> keeps the chat tokens, msgIds and gift groups of different mixes in one run
/// apart (the app drops a repeated msgId, §6, and a repeated combo key within 60 s, §5 rule 7);
/// <paramref name="likeTotal"/> continues the previous mix's room total (a like goal ignores a total that goes down).
/// </summary>
public sealed class SceneMix(char chatKind, long from, long likeTotal = 1000)
{
    private readonly long _from = from;
    private long _chats;
    private long _likeTotal = likeTotal;
    private long _gifts;
    private int _streakLength;
    private int _streakCount;
    private long _streakId = from;

    /// <summary>The room's like total after the last like sent.</summary>
    public long LikeTotal => _likeTotal;

    /// <summary>The chat tokens sent so far, in send order.</summary>
    public List<string> ChatTokens { get; } = [];

    public OutgoingFrame Next(long seq)
    {
        // 37 is coprime to 100, so each block of 100 frames holds every slot once, spread out.
        var slot = seq * 37 % 100;
        var at = DateTimeOffset.UtcNow;
        var user = new WireFrameWriter.User($"viewer{seq % 200}", $"Viewer {seq % 200}", $"{2_000_000 + seq % 200}");
        switch (slot)
        {
            case < 60:
                var chat = Frames.Chat(chatKind, _from + _chats++);
                ChatTokens.Add(chat.Token!);
                return chat;
            case < 80:
                _likeTotal += 15;
                return Untracked(WireFrameWriter.Like(MsgId('l', seq), user, at, count: 15, _likeTotal));
            case < 88:
                return Untracked(WireFrameWriter.Member(MsgId('m', seq), user, at));
            case < 95:
                return NextGift(seq, at);
            case < 98:
                return Untracked(WireFrameWriter.Follow(MsgId('f', seq), user, at));
            default:
                return Untracked(WireFrameWriter.ViewerCount(800 + seq % 400, at));
        }
    }

    private OutgoingFrame NextGift(long seq, DateTimeOffset at)
    {
        if (_streakCount == 0 && _gifts++ % 4 == 3)
        {
            var big = new WireFrameWriter.User($"whale{_gifts % 5}", $"Whale {_gifts % 5}", $"{3_000_000 + _gifts % 5}");
            return Untracked(WireFrameWriter.Gift(MsgId('s', seq), big, at, giftId: 6064, giftName: "Lion", diamonds: 29999,
                repeatCount: 1, repeatEnd: false, giftType: 2, groupId: "", pictureUrl: null));
        }
        if (_streakCount == 0)
        {
            _streakId++;
            _streakLength = (int)(_streakId % 10) + 1;
        }
        var gifter = new WireFrameWriter.User($"gifter{_streakId % 12}", $"Gifter {_streakId % 12}", $"{4_000_000 + _streakId % 12}");
        var ended = _streakCount == _streakLength;
        var count = ended ? _streakLength : ++_streakCount;
        if (ended)
        {
            _streakCount = 0;
        }
        return Untracked(WireFrameWriter.Gift(MsgId('r', seq), gifter, at, giftId: 5655, giftName: "Rose", diamonds: 1,
            repeatCount: count, repeatEnd: ended, giftType: 1, groupId: $"{_streakId}", pictureUrl: null));
    }

    // Unique per kind and frame, apart from Frames' ids, so the app's duplicate filter (§6) drops none.
    private string MsgId(char kind, long seq) => $"{7_500_000_000_000_000_000 + kind * 100_000_000L + _from + seq}";

    private static OutgoingFrame Untracked(string frame) => new(null, Encoding.UTF8.GetBytes(frame));
}
