using Overlay.Web.Pipeline;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Events;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Pipeline;

public sealed class RoomSessionTests
{
    private readonly RoomSession _session = new();

    private static RoomInfoEvent Room(string id) => new(id, "title", null, null, "host");

    [Fact]
    public void Repeated_message_id_is_a_duplicate()
    {
        _session.Admit(Chat("ana", "hi") with { DedupeId = "m1" }, Start);

        var again = _session.Admit(Chat("bob", "other") with { DedupeId = "m1" }, Start.AddMinutes(5));

        Assert.Null(again.Event);
    }

    [Fact]
    public void Seen_ids_are_kept_across_a_reconnect_to_the_same_room()
    {
        _session.OnSocketOpened(Start);
        _session.Admit(Room("r1"), Start);
        _session.Admit(Chat("ana", "hi") with { DedupeId = "m1" }, Start);

        _session.OnSocketOpened(Start.AddMinutes(1));
        _session.Admit(Room("r1"), Start.AddMinutes(1));
        var replay = _session.Admit(Chat("ana", "hi") with { DedupeId = "m1" }, Start.AddMinutes(1));

        Assert.Null(replay.Event);
    }

    [Fact]
    public void New_room_id_clears_seen_ids_and_says_the_room_changed()
    {
        _session.Admit(Room("r1"), Start);
        _session.Admit(Chat("ana", "hi") with { DedupeId = "m1" }, Start);

        var change = _session.Admit(Room("r2"), Start);
        var sameId = _session.Admit(Chat("ana", "hi") with { DedupeId = "m1" }, Start);

        Assert.True(change.RoomChanged);
        Assert.NotNull(sameId.Event);
        Assert.Equal("r2", _session.RoomId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("r1")]
    public void First_room_id_empty_or_repeated_room_id_is_not_a_change(string second)
    {
        Assert.False(_session.Admit(Room("r1"), Start).RoomChanged);
        Assert.False(_session.Admit(Room(second), Start).RoomChanged);
    }

    [Fact]
    public void Id_less_follow_from_the_same_viewer_within_sixty_seconds_is_a_duplicate()
    {
        _session.Admit(new FollowEvent(User("ana")), Start);

        Assert.Null(_session.Admit(new FollowEvent(User("ana")), Start.AddSeconds(59)).Event);
        Assert.NotNull(_session.Admit(new FollowEvent(User("bob")), Start.AddSeconds(59)).Event);
        Assert.NotNull(_session.Admit(new ShareEvent(User("ana")), Start.AddSeconds(59)).Event);
    }

    [Fact]
    public void Id_less_follow_passes_again_after_sixty_seconds()
    {
        _session.Admit(new SubscribeEvent(User("ana"), 1), Start);

        Assert.NotNull(_session.Admit(new SubscribeEvent(User("ana"), 1), Start.AddSeconds(60)).Event);
    }

    [Fact]
    public void Id_less_chat_with_the_same_comment_within_ten_seconds_is_a_duplicate()
    {
        _session.Admit(Chat("ana", "hello"), Start);

        Assert.Null(_session.Admit(Chat("ana", "hello"), Start.AddSeconds(9)).Event);
        Assert.NotNull(_session.Admit(Chat("ana", "hello!"), Start.AddSeconds(9)).Event);
        Assert.NotNull(_session.Admit(Chat("ana", "hello"), Start.AddSeconds(19)).Event);
    }

    [Fact]
    public void Id_less_likes_are_never_duplicates()
    {
        _session.Admit(new LikeEvent(User("ana"), 5, 100), Start);

        Assert.NotNull(_session.Admit(new LikeEvent(User("ana"), 5, 100), Start).Event);
    }

    [Fact]
    public void Old_event_in_the_first_fifteen_seconds_of_the_first_socket_is_backlog()
    {
        _session.OnSocketOpened(Start);

        var old = _session.Admit(Chat("ana", "old") with { SentAt = Start.AddSeconds(-31) }, Start.AddSeconds(14));
        var recent = _session.Admit(Chat("ana", "recent") with { SentAt = Start.AddSeconds(-29) }, Start.AddSeconds(14));
        var undated = _session.Admit(Chat("ana", "undated"), Start.AddSeconds(14));

        Assert.True(old.Event!.IsBacklog);
        Assert.False(recent.Event!.IsBacklog);
        Assert.False(undated.Event!.IsBacklog);
    }

    [Fact]
    public void Old_event_after_the_first_fifteen_seconds_is_not_backlog()
    {
        _session.OnSocketOpened(Start);

        var late = _session.Admit(Chat("ana", "old") with { SentAt = Start.AddMinutes(-5) }, Start.AddSeconds(15));

        Assert.False(late.Event!.IsBacklog);
    }

    [Fact]
    public void Unseen_old_events_after_a_reconnect_to_the_same_room_are_not_backlog()
    {
        _session.OnSocketOpened(Start);
        _session.Admit(Room("r1"), Start);
        var reopenedAt = Start.AddMinutes(2);

        _session.OnSocketOpened(reopenedAt);
        _session.Admit(Room("r1"), reopenedAt);
        var gap = _session.Admit(Chat("ana", "during the gap") with { SentAt = reopenedAt.AddSeconds(-60) }, reopenedAt.AddSeconds(1));

        Assert.False(gap.Event!.IsBacklog);
    }

    [Fact]
    public void First_socket_of_a_new_room_starts_a_new_backlog_window()
    {
        _session.OnSocketOpened(Start);
        _session.Admit(Room("r1"), Start);
        var reopenedAt = Start.AddHours(1);

        _session.OnSocketOpened(reopenedAt);
        _session.Admit(Room("r2"), reopenedAt.AddSeconds(2));
        var old = _session.Admit(Chat("ana", "old") with { SentAt = reopenedAt.AddSeconds(-40) }, reopenedAt.AddSeconds(3));

        Assert.True(old.Event!.IsBacklog);
    }
}
