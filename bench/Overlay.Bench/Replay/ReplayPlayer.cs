using System.Diagnostics;
using System.Text;
using Overlay.Bench.Load;
using Overlay.Web.Protocol;

namespace Overlay.Bench.Replay;

/// <summary>
/// Plays a recording to the generator's clients at <c>speed</c> × real time: an event recorded at t s goes out at
/// t / speed s of wall time, in recording order, stamped with the wall clock (so none of it looks like backlog).
/// The last event (the stream's last like) goes out after a one-second pause, so a flood of low-value events just
/// before it cannot push the final room total out of the app's queue.
/// </summary>
public sealed class ReplayPlayer(Generator generator, Recording recording, double speed)
{
    private const long MsgIdBase = 7_300_000_000_000_000_000;

    public async Task PlayAsync(Action<long> progress, CancellationToken cancellationToken)
    {
        var events = recording.Events;
        var clock = Stopwatch.StartNew();
        var next = 0;
        while (next < events.Count - 1)
        {
            var now = clock.Elapsed.TotalSeconds * speed;
            for (; next < events.Count - 1 && events[next].At <= now; next++)
            {
                generator.Broadcast(Frame(events[next], next));
            }
            progress(next);
            await Task.Delay(1, cancellationToken);
        }
        await Task.Delay(1000, cancellationToken);
        generator.Broadcast(Frame(events[^1], events.Count - 1));
        progress(events.Count);
    }

    private static OutgoingFrame Frame(ReplayEvent e, long index)
    {
        var msgId = $"{MsgIdBase + index}";
        var at = DateTimeOffset.UtcNow;
        var user = new WireFrameWriter.User(Recording.UniqueId(e.Viewer), Recording.Nickname(e.Viewer), Recording.UserId(e.Viewer));
        var text = e.Kind switch
        {
            ReplayKind.Chat => WireFrameWriter.Chat(msgId, user, $"chat line {index} from the replay", at),
            ReplayKind.Like => WireFrameWriter.Like(msgId, user, at, e.A, e.C),
            ReplayKind.Join => WireFrameWriter.Member(msgId, user, at),
            ReplayKind.Follow => WireFrameWriter.Follow(msgId, user, at),
            ReplayKind.Share => WireFrameWriter.Share(msgId, user, at),
            ReplayKind.Viewers => WireFrameWriter.ViewerCount(e.C, at),
            ReplayKind.Gift => Gift(msgId, user, at, e),
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "unknown replay event"),
        };
        return new OutgoingFrame(null, Encoding.UTF8.GetBytes(text));
    }

    private static string Gift(string msgId, WireFrameWriter.User user, DateTimeOffset at, ReplayEvent e)
    {
        var gift = Recording.Gifts[e.A];
        return WireFrameWriter.Gift(msgId, user, at, gift.Id, gift.Name, gift.Diamonds, e.B, e.End,
            giftType: gift.Streakable ? 1 : 2, groupId: $"{e.C}", pictureUrl: null);
    }
}
