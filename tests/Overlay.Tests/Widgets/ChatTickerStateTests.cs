using Overlay.Web.Widgets;
using Overlay.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Overlay.Web.Events;
using Overlay.Widgets.ChatTicker;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

public sealed class ChatTickerStateTests
{
    private readonly EventHub _hub = Hub();

    private ChatTickerState State(int maxRows) =>
        new(new ChatTickerSettings { MaxRows = maxRows }, _hub, TimeProvider.System, NullLogger<ChatTickerState>.Instance);

    [Fact]
    public void Keeps_the_last_max_rows_lines_newest_last()
    {
        using var state = State(3);

        foreach (var text in new[] { "1", "2", "3", "4", "5" })
        {
            _hub.Publish(Chat("ana", text));
        }

        Assert.Equal(["3", "4", "5"], state.Current.Lines.Select(l => l.Comment));
    }

    [Fact]
    public void Line_ids_increase()
    {
        using var state = State(10);

        _hub.Publish(Chat("ana", "a"));
        _hub.Publish(Chat("bob", "b"));

        Assert.Equal([1L, 2L], state.Current.Lines.Select(l => l.Id));
    }

    [Fact]
    public void A_row_within_33_ms_of_the_one_before_is_part_of_a_burst()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        using var state = new ChatTickerState(new ChatTickerSettings(), _hub, time, NullLogger<ChatTickerState>.Instance);

        _hub.Publish(Chat("ana", "first"));
        time.Advance(TimeSpan.FromMilliseconds(10));
        _hub.Publish(Chat("bob", "quick"));
        time.Advance(TimeSpan.FromMilliseconds(32));
        _hub.Publish(Chat("cy", "still quick"));
        time.Advance(TimeSpan.FromMilliseconds(33));
        _hub.Publish(Chat("di", "on its own"));

        Assert.Equal([false, true, true, false], state.Current.Lines.Select(l => l.Burst));
    }

    [Fact]
    public void Line_shows_the_display_name_and_badges()
    {
        using var state = State(10);

        _hub.Publish(new ChatEvent(new ViewerUser("1", "mod_1", "", null, IsModerator: true), "hi"));

        Assert.Equal(new ChatLine(1, "mod_1", "hi", null, true, false) { Highlight = ChatHighlight.Moderator }, Assert.Single(state.Current.Lines));
    }

    [Fact]
    public void Rows_are_capped_at_two_hundred_whatever_the_settings()
    {
        using var state = State(10_000);

        for (var i = 0; i < 250; i++)
        {
            _hub.Publish(Chat("ana", "x"));
        }

        Assert.Equal(ChatTickerSettings.MaxRowsLimit, state.Current.Lines.Count);
    }

    [Fact]
    public void Other_events_do_not_change_the_view()
    {
        using var state = State(10);
        var changes = 0;
        using var _ = state.Subscribe(() => changes++);

        _hub.Publish(new LikeEvent(User("ana"), 1, 10));

        Assert.Same(ChatTickerView.Empty, state.Current);
        Assert.Equal(0, changes);
    }

    [Fact]
    public void Reconfigure_keeps_the_rows_trims_to_a_smaller_limit_and_grows_going_forward()
    {
        using var state = State(5);
        foreach (var text in new[] { "1", "2", "3", "4" })
        {
            _hub.Publish(Chat("ana", text));
        }
        var notified = 0;
        using var _ = state.Subscribe(() => notified++);

        state.Reconfigure(new ChatTickerSettings { MaxRows = 2 });
        Assert.Equal(["3", "4"], state.Current.Lines.Select(l => l.Comment));
        Assert.Equal(1, notified);

        state.Reconfigure(new ChatTickerSettings { MaxRows = 3 });
        _hub.Publish(Chat("ana", "5"));
        _hub.Publish(Chat("ana", "6"));
        Assert.Equal(["4", "5", "6"], state.Current.Lines.Select(l => l.Comment));
    }

    [Fact]
    public void Reconfigure_refuses_out_of_range_rows()
    {
        using var state = State(5);

        Assert.Throws<ArgumentException>(() => state.Reconfigure(new ChatTickerSettings { MaxRows = 0 }));
    }


    [Theory]
    [InlineData("m2")]
    [InlineData("uuid-2")]
    public void A_deleted_message_leaves_the_rows_by_msg_id_or_message_uuid(string deletedId)
    {
        using var state = State(10);
        _hub.Publish(Chat("ana", "fine") with { MsgId = "m1", MessageUuid = "uuid-1" });
        _hub.Publish(Chat("troll", "hateful") with { MsgId = "m2", MessageUuid = "uuid-2" });
        _hub.Publish(Chat("bob", "also fine") with { MsgId = "m3", MessageUuid = "uuid-3" });

        _hub.Publish(new ChatDeletedEvent(deletedId));

        Assert.Equal(["fine", "also fine"], state.Current.Lines.Select(l => l.Comment));
    }

    [Fact]
    public void A_deletion_of_a_message_not_on_screen_changes_nothing()
    {
        using var state = State(10);
        _hub.Publish(Chat("ana", "fine") with { MsgId = "m1" });
        var before = state.Current;

        _hub.Publish(new ChatDeletedEvent("gone-long-ago"));

        Assert.Same(before, state.Current);
    }

    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = new();

    private ChatTickerState TimedState(int maxRows, int lifetimeSeconds = 0) =>
        new(new ChatTickerSettings { MaxRows = maxRows, MessageLifetimeSeconds = lifetimeSeconds }, _hub, _time, NullLogger<ChatTickerState>.Instance);

    /// <summary>
    /// A page shows one row, then misses <paramref name="readable"/>: on the list of two for <see cref="ChatTickerState.ReadableFor"/>,
    /// then pushed out. Returns the view the page showed.
    /// </summary>
    private ChatTickerView MissOneReadableRow(ChatTickerState state, ChatEvent readable)
    {
        _hub.Publish(Chat("ana", "seen"));
        var shown = state.Current;
        _hub.Publish(readable);
        _time.Advance(ChatTickerState.ReadableFor);
        _hub.Publish(Chat("bob", "fine"));
        _hub.Publish(Chat("cy", "fine too"));
        return shown;
    }

    [Fact]
    public void A_page_that_fell_behind_is_shown_each_readable_row_it_missed_before_the_latest_view()
    {
        using var state = TimedState(2);
        _hub.Publish(Chat("ana", "seen"));
        var shown = state.Current;
        _hub.Publish(Chat("bob", "read me"));
        _time.Advance(ChatTickerState.ReadableFor);
        _hub.Publish(Chat("cy", "next to it"));
        _hub.Publish(Chat("di", "read me too"));
        _time.Advance(ChatTickerState.ReadableFor);
        foreach (var text in new[] { "4", "5", "6" }) // Push out both readable rows within a millisecond.
        {
            _hub.Publish(Chat("ed", text));
        }

        Assert.True(state.TryCatchUp(shown, out var first));
        Assert.True(state.TryCatchUp(first, out var second));

        Assert.Equal(["read me", "next to it"], first.Lines.Select(l => l.Comment));
        Assert.Equal(["read me too", "4"], second.Lines.Select(l => l.Comment));
        Assert.Equal(["5", "6"], state.Current.Lines.Select(l => l.Comment));
        Assert.False(state.TryCatchUp(second, out _));
    }

    [Fact]
    public void Rows_pushed_out_before_anyone_could_read_them_are_skipped()
    {
        using var state = TimedState(3);
        _hub.Publish(Chat("ana", "seen"));
        var shown = state.Current;
        foreach (var text in new[] { "1", "2", "3", "4", "5", "6" })
        {
            _time.Advance(ChatTickerState.ReadableFor / 4);
            _hub.Publish(Chat("bob", text));
        }

        Assert.False(state.TryCatchUp(shown, out _));
    }

    [Fact]
    public void A_deleted_message_never_comes_back_through_an_older_view()
    {
        using var state = TimedState(2);
        var shown = MissOneReadableRow(state, Chat("troll", "hateful") with { MsgId = "m2" });
        Assert.True(state.TryCatchUp(shown, out _));

        _hub.Publish(new ChatDeletedEvent("m2"));

        Assert.False(state.TryCatchUp(shown, out _));
    }

    [Fact]
    public void A_page_stalled_for_longer_than_the_catch_up_window_jumps_to_the_latest_view()
    {
        using var state = TimedState(2);
        var shown = MissOneReadableRow(state, Chat("di", "read me"));
        Assert.True(state.TryCatchUp(shown, out _));

        _time.Advance(TimeSpan.FromSeconds(3));

        Assert.False(state.TryCatchUp(shown, out _));
    }

    [Fact]
    public void With_a_message_lifetime_a_view_holding_an_expired_row_is_not_shown_again()
    {
        using var state = TimedState(2, lifetimeSeconds: 1);
        var shown = MissOneReadableRow(state, Chat("di", "read me"));
        Assert.True(state.TryCatchUp(shown, out _));

        _time.Advance(TimeSpan.FromSeconds(1) - ChatTickerState.ReadableFor);

        Assert.False(state.TryCatchUp(shown, out _));
    }
}
