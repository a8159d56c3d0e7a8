using Overlay.Web.Widgets;
using Overlay.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Overlay.Web.Events;
using Overlay.Widgets.ChatTicker;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

/// <summary>Stickers sent on their own, and new filters applied to the rows already on screen.</summary>
public sealed class ChatTickerRowsTests
{
    private readonly EventHub _hub = Hub();
    private readonly FakeTimeProvider _time = Clock();

    private ChatTickerState State(ChatTickerSettings settings) => new(settings, _hub, _time, NullLogger<ChatTickerState>.Instance);

    private static ViewerUser As(string name, bool mod = false, int followRole = 0) => User(name) with { IsModerator = mod, FollowRole = followRole };

    [Fact]
    public void A_sticker_sent_alone_is_a_row_with_its_image_and_the_senders_name()
    {
        using var state = State(new());

        _hub.Publish(new EmoteEvent(User("ana"), "https://example.com/sticker.png"));

        var line = Assert.Single(state.Current.Lines);
        Assert.Equal(("ANA", "", true), (line.Nickname, line.Comment, line.IsEmoteOnly));
        Assert.Equal(["https://example.com/sticker.png"], line.EmoteUrls);
    }

    [Fact]
    public void A_sticker_without_a_usable_image_adds_no_row()
    {
        using var state = State(new());

        _hub.Publish(new EmoteEvent(User("ana"), null));

        Assert.Empty(state.Current.Lines);
    }

    [Fact]
    public void Stickers_can_be_turned_off_and_meet_the_role_filter()
    {
        using var off = State(new() { ShowEmotes = false });
        using var followers = State(new() { MinRole = ChatRole.Follower });

        _hub.Publish(new EmoteEvent(As("ana"), "https://example.com/a.png"));
        _hub.Publish(new EmoteEvent(As("ben", followRole: 1), "https://example.com/b.png"));

        Assert.Empty(off.Current.Lines);
        Assert.Equal(["BEN"], followers.Current.Lines.Select(l => l.Nickname));
    }

    [Fact]
    public void A_newly_blocked_word_removes_the_rows_on_screen_that_contain_it()
    {
        using var state = State(new());
        _hub.Publish(Chat("ana", "hello there"));
        _hub.Publish(Chat("ben", "big SPOILER ahead"));
        _hub.Publish(Chat("cy", "nice"));
        var changes = 0;
        using var _ = state.Subscribe(() => changes++);

        state.Reconfigure(new ChatTickerSettings { BlockedWords = "spoiler" });
        _hub.Publish(Chat("di", "spoiler again"));
        _hub.Publish(Chat("ed", "ok"));

        Assert.Equal(["hello there", "nice", "ok"], state.Current.Lines.Select(l => l.Comment));
        Assert.Equal(2, changes);
    }

    [Fact]
    public void A_higher_minimum_role_and_hiding_commands_remove_rows_already_shown()
    {
        using var state = State(new());
        _hub.Publish(new ChatEvent(As("mod", mod: true), "welcome"));
        _hub.Publish(new ChatEvent(As("viewer"), "hi"));
        _hub.Publish(new EmoteEvent(As("stranger"), "https://example.com/s.png"));
        _hub.Publish(new ChatEvent(As("mod", mod: true), "!rules"));

        state.Reconfigure(new ChatTickerSettings { MinRole = ChatRole.Moderator, HideCommands = true });

        Assert.Equal(["welcome"], state.Current.Lines.Select(l => l.Comment));
    }

    [Fact]
    public void Rows_removed_by_a_new_filter_no_longer_count_for_the_lifetime()
    {
        using var state = State(new() { MessageLifetimeSeconds = 10 });
        _hub.Publish(Chat("ana", "bad"));
        _time.Advance(TimeSpan.FromSeconds(5));
        _hub.Publish(Chat("ben", "good"));

        state.Reconfigure(new ChatTickerSettings { MessageLifetimeSeconds = 10, BlockedWords = "bad" });
        _time.Advance(TimeSpan.FromSeconds(5));
        var afterFirstWouldExpire = state.Current.Lines.Select(l => l.Comment).ToList();
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(["good"], afterFirstWouldExpire);
        Assert.Empty(state.Current.Lines);
    }

    [Fact]
    public void Adding_a_row_to_a_full_ticker_keeps_the_newest_rows_in_order()
    {
        using var state = State(new() { MaxRows = 3 });
        foreach (var text in new[] { "1", "2", "3" })
        {
            _hub.Publish(Chat("ana", text));
        }
        var full = state.Current.Lines;

        _hub.Publish(Chat("ana", "4"));

        Assert.Equal(["2", "3", "4"], state.Current.Lines.Select(l => l.Comment));
        Assert.Same(full[1], state.Current.Lines[0]);
        Assert.Equal(["1", "2", "3"], full.Select(l => l.Comment));
    }
}
