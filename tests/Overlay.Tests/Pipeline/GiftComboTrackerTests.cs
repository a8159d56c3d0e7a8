using Overlay.Web.Pipeline;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Events;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Pipeline;

public sealed class GiftComboTrackerTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = Clock();
    private readonly EventHub _hub = Hub();
    private readonly HubRecorder _events;
    private readonly GiftComboTracker _tracker;

    public GiftComboTrackerTests()
    {
        _events = new HubRecorder(_hub);
        _tracker = Tracker(_hub, _time);
    }

    [Fact]
    public void Streak_with_end_frame_finishes_once_with_the_highest_count()
    {
        _tracker.OnGift(Rose("ana", 1));
        _tracker.OnGift(Rose("ana", 2));
        _tracker.OnGift(Rose("ana", 3));
        _tracker.OnGift(Rose("ana", 3, end: true));

        var finished = Assert.Single(_events.Combos(ComboPhase.Finished));
        Assert.Equal(3, finished.Count);
        Assert.Equal(3, finished.Diamonds);
    }

    [Fact]
    public void Single_rose_with_its_end_frame_finishes_once()
    {
        _tracker.OnGift(Rose("ana", 1));
        _tracker.OnGift(Rose("ana", 1, end: true));

        Assert.Equal(1, Assert.Single(_events.Combos(ComboPhase.Finished)).Count);
    }

    [Fact]
    public void Each_streak_update_publishes_a_pending_count()
    {
        _tracker.OnGift(Rose("ana", 1));
        _tracker.OnGift(Rose("ana", 4));

        Assert.Equal([1, 4], _events.Combos(ComboPhase.Pending).Select(c => c.Count));
        Assert.Empty(_events.Combos(ComboPhase.Finished));
    }

    [Fact]
    public void Streak_without_end_frame_finishes_with_its_last_count_after_the_quiet_time()
    {
        _tracker.OnGift(Rose("ana", 1));
        _tracker.OnGift(Rose("ana", 7));

        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.Empty(_events.Combos(ComboPhase.Finished));
        _time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal(7, Assert.Single(_events.Combos(ComboPhase.Finished)).Count);
        Assert.Equal(0, _tracker.OpenCount);
    }

    [Fact]
    public void Each_frame_restarts_the_quiet_time()
    {
        _tracker.OnGift(Rose("ana", 1));
        _time.Advance(TimeSpan.FromSeconds(4));
        _tracker.OnGift(Rose("ana", 2));
        _time.Advance(TimeSpan.FromSeconds(4));

        Assert.Empty(_events.Combos(ComboPhase.Finished));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, Assert.Single(_events.Combos(ComboPhase.Finished)).Count);
    }

    [Fact]
    public void Quiet_time_comes_from_the_options()
    {
        var tracker = Tracker(_hub, _time, quietSeconds: 2);
        tracker.OnGift(Rose("ana", 3));

        _time.Advance(TimeSpan.FromSeconds(2));

        Assert.Single(_events.Combos(ComboPhase.Finished));
    }

    [Fact]
    public void Lower_repeat_count_finishes_the_previous_combo_and_opens_a_new_one()
    {
        _tracker.OnGift(Rose("ana", 1));
        _tracker.OnGift(Rose("ana", 5));
        _tracker.OnGift(Rose("ana", 2));
        _tracker.OnGift(Rose("ana", 3, end: true));

        Assert.Equal([5, 3], _events.Combos(ComboPhase.Finished).Select(c => c.Count));
    }

    [Fact]
    public void Single_gift_finishes_at_once_with_a_count_of_at_least_one()
    {
        _tracker.OnGift(Lion("ana") with { RepeatCount = 0 });

        var finished = Assert.Single(_events.Combos(ComboPhase.Finished));
        Assert.Equal(1, finished.Count);
        Assert.Equal(29_999, finished.Diamonds);
        Assert.Empty(_events.Combos(ComboPhase.Pending));
        Assert.Equal(0, _tracker.OpenCount);
    }

    [Fact]
    public void Missing_gift_type_is_treated_as_streakable()
    {
        _tracker.OnGift(Rose("ana", 2) with { GiftType = null });

        Assert.Empty(_events.Combos(ComboPhase.Finished));
        Assert.Equal(1, _tracker.OpenCount);
    }

    [Fact]
    public void Late_copy_after_the_finish_is_dropped()
    {
        _tracker.OnGift(Rose("ana", 3, end: true));

        var accepted = _tracker.OnGift(Rose("ana", 2));

        Assert.False(accepted);
        Assert.Single(_events.Combos(ComboPhase.Finished));
        Assert.Equal(0, _tracker.OpenCount);
    }

    [Fact]
    public void Late_end_frame_with_a_higher_count_tops_up_without_a_second_finish()
    {
        _tracker.OnGift(Rose("ana", 3));
        _time.Advance(TimeSpan.FromSeconds(5));

        _tracker.OnGift(Rose("ana", 8, end: true));

        Assert.Equal(3, Assert.Single(_events.Combos(ComboPhase.Finished)).Count);
        var topUp = Assert.Single(_events.Combos(ComboPhase.LateTopUp));
        Assert.Equal(8, topUp.Count);
        Assert.Equal(5, topUp.AddedCount);
    }

    [Fact]
    public void Finished_combo_is_forgotten_after_sixty_seconds()
    {
        _tracker.OnGift(Rose("ana", 3, end: true));
        _time.Advance(TimeSpan.FromSeconds(60));

        _tracker.OnGift(Rose("ana", 1, end: true));

        Assert.Equal([3, 1], _events.Combos(ComboPhase.Finished).Select(c => c.Count));
    }

    [Fact]
    public void Different_group_ids_are_different_combos()
    {
        _tracker.OnGift(Rose("ana", 2, groupId: "a"));
        _tracker.OnGift(Rose("ana", 1, groupId: "b"));

        Assert.Equal(2, _tracker.OpenCount);
        Assert.Empty(_events.Combos(ComboPhase.Finished));
    }

    [Fact]
    public void Finalize_all_finishes_every_open_combo_once()
    {
        _tracker.OnGift(Rose("ana", 2));
        _tracker.OnGift(Rose("bob", 4));

        _tracker.FinalizeAll();
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal([2, 4], _events.Combos(ComboPhase.Finished).Select(c => c.Count));
    }

    [Fact]
    public void Combo_of_backlog_frames_finishes_as_backlog()
    {
        _tracker.OnGift(Rose("ana", 2) with { IsBacklog = true });
        _tracker.OnGift(Rose("ana", 2, end: true) with { IsBacklog = true });

        Assert.True(Assert.Single(_events.Combos(ComboPhase.Finished)).IsBacklog);
    }

    [Fact]
    public void A_live_frame_makes_a_backlog_combo_live()
    {
        _tracker.OnGift(Rose("ana", 2) with { IsBacklog = true });
        _tracker.OnGift(Rose("ana", 3, end: true));

        Assert.False(Assert.Single(_events.Combos(ComboPhase.Finished)).IsBacklog);
    }

    [Fact]
    public void Finished_combo_keeps_the_newest_name_and_picture()
    {
        _tracker.OnGift(Rose("ana", 1));
        _tracker.OnGift(Rose("ana", 2, end: true) with { GiftName = "Rose!", PictureUrl = "https://example.com/new.png" });

        var finished = Assert.Single(_events.Combos(ComboPhase.Finished));
        Assert.Equal("Rose!", finished.GiftName);
        Assert.Equal("https://example.com/new.png", finished.PictureUrl);
    }

    [Fact]
    public void Open_combos_are_capped_by_finishing_the_oldest()
    {
        for (var i = 0; i <= GiftComboTracker.MaxOpenCombos; i++)
        {
            _tracker.OnGift(Rose("viewer" + i, 1));
        }

        Assert.Equal(GiftComboTracker.MaxOpenCombos, _tracker.OpenCount);
        Assert.Equal("VIEWER0", Assert.Single(_events.Combos(ComboPhase.Finished)).User.Nickname);
    }

    [Fact]
    public void Reset_room_forgets_finished_combos()
    {
        _tracker.OnGift(Rose("ana", 3, end: true));

        _tracker.ResetRoom();
        _tracker.OnGift(Rose("ana", 1, end: true));

        Assert.Equal([3, 1], _events.Combos(ComboPhase.Finished).Select(c => c.Count));
    }
}
