using Overlay.Web.Pipeline;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Pipeline;

public sealed class EventRulesTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = Clock();
    private readonly EventHub _hub = Hub();
    private readonly OverlayMetrics _metrics = new();
    private readonly HubRecorder _events;
    private readonly SessionFactsLog _upstream = new();
    private readonly EventRules _rules;

    public EventRulesTests()
    {
        _events = new HubRecorder(_hub);
        _rules = new EventRules(Tracker(_hub, _time), _hub, _metrics, _upstream);
    }

    [Fact]
    public void Raw_gift_frames_never_reach_the_hub_only_their_combos_do()
    {
        _rules.OnEvent(Rose("ana", 4, end: true), Start);

        Assert.DoesNotContain(_events.All, e => e is GiftEvent);
        Assert.Equal(4, Assert.Single(_events.Combos(ComboPhase.Finished)).Count);
    }

    [Fact]
    public void Room_viewers_stream_end_and_limit_notice_are_reported_to_the_upstream_client_in_order()
    {
        _rules.OnEvent(new RoomInfoEvent("r1", "Live now", 12, null, ""), Start);
        _rules.OnEvent(new ViewerCountEvent(40), Start);
        _rules.OnEvent(new LimitNoticeEvent("anon_limit", "slow down"), Start);
        _rules.OnEvent(new StreamEndEvent(3), Start);

        Assert.Equal(["room r1 Live now 12", "viewers 40", "limit anon_limit slow down", "ended"], _upstream.Facts);
    }

    [Fact]
    public void Socket_close_finishes_open_combos()
    {
        _rules.OnEvent(Rose("ana", 4), Start);

        _rules.OnSocketClosed();

        Assert.Equal(4, Assert.Single(_events.Combos(ComboPhase.Finished)).Count);
    }

    [Fact]
    public void Stream_end_finishes_open_combos_before_it_is_published()
    {
        _rules.OnEvent(Rose("ana", 4), Start);

        _rules.OnEvent(new StreamEndEvent(3), Start);

        var all = _events.All;
        Assert.IsType<StreamEndEvent>(all[^1]);
        Assert.Single(_events.Combos(ComboPhase.Finished));
    }

    [Fact]
    public void Room_change_finishes_open_combos_before_the_room_info_is_published()
    {
        _rules.OnEvent(new RoomInfoEvent("r1", "", null, null, ""), Start);
        _rules.OnEvent(Rose("ana", 4), Start);

        _rules.OnEvent(new RoomInfoEvent("r2", "", null, null, ""), Start);

        var all = _events.All;
        Assert.Equal(ComboPhase.Finished, Assert.IsType<GiftComboEvent>(all[^2]).Phase);
        Assert.Equal("r2", Assert.IsType<RoomInfoEvent>(all[^1]).RoomId);
    }

    [Fact]
    public void Duplicate_is_counted_and_not_published()
    {
        _rules.OnEvent(new FollowEvent(User("ana")) { DedupeId = "m1" }, Start);

        _rules.OnEvent(new FollowEvent(User("ana")) { DedupeId = "m1" }, Start);

        Assert.Single(_events.All.OfType<FollowEvent>());
        Assert.Equal(1, _metrics.Dropped(DropReason.Duplicate));
    }

    [Fact]
    public void Late_gift_copy_is_counted_as_a_duplicate()
    {
        _rules.OnEvent(Rose("ana", 3, end: true), Start);

        _rules.OnEvent(Rose("ana", 3, end: true), Start);

        Assert.Single(_events.Combos(ComboPhase.Finished));
        Assert.Equal(1, _metrics.Dropped(DropReason.Duplicate));
    }

    [Fact]
    public void Backlog_gift_finishes_as_backlog()
    {
        _rules.OnSocketOpened(Start);

        _rules.OnEvent(Lion("ana") with { SentAt = Start.AddMinutes(-2) }, Start.AddSeconds(1));

        Assert.True(Assert.Single(_events.Combos(ComboPhase.Finished)).IsBacklog);
    }
}
