using Overlay.Web.Widgets;
using Overlay.Web.Protocol;
using Overlay.Web.Upstream;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Web.Admin;

/// <summary>
/// The admin's test buttons. Each writes wire-format frames (protocol.md §2–§4) into the same
/// <see cref="FrameChannel"/> as the upstream socket, so a test gift goes through the parser, the dedupe and
/// combo rules (§5, §6) and the hub exactly like a real one. Every frame gets a fresh msgId so none is a duplicate.
/// </summary>
public sealed partial class TestEventSender(FrameChannel frames, WidgetRegistry widgets, TimeProvider time)
{
    public const int ComboFrames = 5;
    public const int LikeBurst = 50;
    public const int FirstViewers = 128;
    public const int ViewerStep = 16;

    public static readonly WireFrameWriter.User Tester = new("overlay_test", "Test Viewer ✨", "9000000000000000001");

    /// <summary>A Rose streak: <see cref="ComboFrames"/> frames with a rising repeatCount, the last one ending it.</summary>
    public bool SendGiftCombo()
    {
        var groupId = NewId();
        var ok = true;
        for (var count = 1; count <= ComboFrames; count++)
        {
            ok &= Write(WireFrameWriter.Gift(NewId(), Tester, Now, 5655, "Rose", 1, count, count == ComboFrames, 1, groupId,
                "https://p19-webcast.tiktokcdn.com/img/maliva/webcast-va/rose.png"));
        }
        return ok;
    }

    /// <summary>One expensive non-streak gift (giftType 2 alerts at once, §5 step 3).</summary>
    public bool SendGift() =>
        Write(WireFrameWriter.Gift(NewId(), Tester, Now, 6369, "Lion", 29999, 1, false, 2, "",
            "https://p19-webcast.tiktokcdn.com/img/maliva/webcast-va/lion.png"));

    public bool SendChat(string comment = "Test message from the admin 👋") => Write(WireFrameWriter.Chat(NewId(), Tester, comment, Now));

    /// <summary>
    /// <see cref="LikeBurst"/> likes on top of the highest room total any like goal has seen: goals follow the room
    /// total and never go down (§4 like), so a burst below it would show nothing. The room total, not the progress
    /// shown: after a reset or "set progress" the two differ.
    /// </summary>
    public bool SendLikeBurst()
    {
        var total = widgets.All.Select(h => h.Source).OfType<LikeGoalState>().Select(s => s.RoomLikes).DefaultIfEmpty(0).Max();
        return Write(WireFrameWriter.Like(NewId(), Tester, Now, LikeBurst, total + LikeBurst));
    }

    /// <summary>
    /// A roomUserSeq (§4) a little above the count the viewer-count widgets show (<see cref="ViewerStep"/> more), or
    /// <see cref="FirstViewers"/> when none has a count yet, so each press visibly moves the number and the peak.
    /// </summary>
    public bool SendViewerCount()
    {
        var shown = widgets.All.Select(h => h.Source).OfType<ViewerCountState>().Select(s => s.Current.Viewers ?? 0).DefaultIfEmpty(0).Max();
        return Write(WireFrameWriter.ViewerCount(shown > 0 ? shown + ViewerStep : FirstViewers, Now));
    }

    public bool SendFollow() => Write(WireFrameWriter.Follow(NewId(), Tester, Now));

    public bool SendShare() => Write(WireFrameWriter.Share(NewId(), Tester, Now));

    public bool SendSubscribe() => Write(WireFrameWriter.Subscribe(NewId(), Tester, Now, 1));

    private DateTimeOffset Now => time.GetUtcNow();

    private bool Write(string frame) => frames.TryWrite(InboundFrame.FromText(frame, Now));

    private static string NewId() => "admin-test-" + Guid.NewGuid().ToString("N");
}
