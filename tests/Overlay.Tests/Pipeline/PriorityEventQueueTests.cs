using Overlay.Web.Pipeline;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Events;
using Overlay.Web.Upstream;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Pipeline;

public sealed class PriorityEventQueueTests
{
    private static PipelineItem Item(OverlayEvent evt, string name) => PipelineItem.ForEvent(evt, name, Start);

    private static PipelineItem Like(int n) => Item(new LikeEvent(User("liker"), n, null), "like");

    private static PipelineItem Gift(string from) => Item(Lion(from), "gift");

    private static List<string> Drain(PriorityEventQueue queue)
    {
        var names = new List<string>();
        while (queue.TryDequeue(out var item))
        {
            names.Add(item.IsMarker ? item.Kind.ToString() : item.Event switch
            {
                LikeEvent l => "like" + l.LikeCount,
                GiftEvent g => "gift-" + g.User.UniqueId,
                _ => item.Name,
            });
        }
        return names;
    }

    [Fact]
    public void Items_leave_in_arrival_order()
    {
        var queue = new PriorityEventQueue(10);
        queue.Enqueue(Like(1), out _);
        queue.Enqueue(Gift("ana"), out _);
        queue.Enqueue(PipelineItem.Marker(FrameKind.SocketClosed, Start), out _);
        queue.Enqueue(Like(2), out _);

        Assert.Equal(["like1", "gift-ana", "SocketClosed", "like2"], Drain(queue));
    }

    [Fact]
    public void Full_queue_drops_the_oldest_low_value_event_before_any_gift()
    {
        var queue = new PriorityEventQueue(3);
        queue.Enqueue(Gift("ana"), out _);
        queue.Enqueue(Like(1), out _);
        queue.Enqueue(Like(2), out _);

        var accepted = queue.Enqueue(Gift("bob"), out var dropped);

        Assert.True(accepted);
        Assert.Equal(1, Assert.IsType<LikeEvent>(dropped!.Value.Event).LikeCount);
        Assert.Equal(["gift-ana", "like2", "gift-bob"], Drain(queue));
    }

    [Fact]
    public void Full_queue_of_gifts_drops_an_incoming_like()
    {
        var queue = new PriorityEventQueue(2);
        queue.Enqueue(Gift("ana"), out _);
        queue.Enqueue(Gift("bob"), out _);

        var accepted = queue.Enqueue(Like(1), out var dropped);

        Assert.False(accepted);
        Assert.IsType<LikeEvent>(dropped!.Value.Event);
        Assert.Equal(["gift-ana", "gift-bob"], Drain(queue));
    }

    [Fact]
    public void Full_queue_of_gifts_drops_the_oldest_gift_for_a_new_one()
    {
        var queue = new PriorityEventQueue(2);
        queue.Enqueue(Gift("ana"), out _);
        queue.Enqueue(Gift("bob"), out _);

        queue.Enqueue(Gift("cat"), out var dropped);

        Assert.Equal("ana", Assert.IsType<GiftEvent>(dropped!.Value.Event).User.UniqueId);
        Assert.Equal(["gift-bob", "gift-cat"], Drain(queue));
    }

    [Fact]
    public void Socket_markers_are_never_dropped()
    {
        var queue = new PriorityEventQueue(1);
        queue.Enqueue(Gift("ana"), out _);

        var accepted = queue.Enqueue(PipelineItem.Marker(FrameKind.SocketOpened, Start), out var dropped);

        Assert.True(accepted);
        Assert.Null(dropped);
        Assert.Equal(["gift-ana", "SocketOpened"], Drain(queue));
    }

    [Fact]
    public void Chat_member_and_viewer_count_are_low_value_and_follows_are_not()
    {
        Assert.True(Item(Chat("ana", "hi"), "chat").IsLowValue);
        Assert.True(Item(new MemberEvent(User("ana")), "member").IsLowValue);
        Assert.True(Item(new ViewerCountEvent(5), "roomUserSeq").IsLowValue);
        Assert.False(Item(new FollowEvent(User("ana")), "follow").IsLowValue);
        Assert.False(Item(new SubscribeEvent(User("ana"), 1), "subscribe").IsLowValue);
    }

    [Fact]
    public async Task Wait_completes_once_an_item_is_enqueued()
    {
        var queue = new PriorityEventQueue(4);
        var waiting = queue.WaitAsync(TestContext.Current.CancellationToken).AsTask();
        Assert.False(waiting.IsCompleted);

        queue.Enqueue(Like(1), out _);

        await waiting.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.True(queue.TryDequeue(out _));
    }
}
