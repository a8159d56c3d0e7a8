using Overlay.Web.Settings;
using Overlay.Web.Widgets;
using Overlay.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Overlay.Web.Events;
using Overlay.Widgets.ChatTicker;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Widgets;

/// <summary>The chat ticker's filters, highlights and message lifetime (on a fake clock).</summary>
public sealed class ChatTickerOptionsTests
{
    private readonly EventHub _hub = Hub();
    private readonly FakeTimeProvider _time = Clock();

    private ChatTickerState State(ChatTickerSettings settings) => new(settings, _hub, _time, NullLogger<ChatTickerState>.Instance);

    private static ChatEvent As(string name, string comment, int followRole = 0, bool mod = false, bool sub = false) =>
        new(User(name) with { FollowRole = followRole, IsModerator = mod, IsSubscriber = sub }, comment);

    [Fact]
    public void Commands_are_hidden_only_when_asked()
    {
        using var hiding = State(new() { HideCommands = true });
        using var showing = State(new());

        _hub.Publish(Chat("ana", "!song"));
        _hub.Publish(Chat("ana", "  !dice"));
        _hub.Publish(Chat("ana", "hi ! there"));

        Assert.Equal(["hi ! there"], hiding.Current.Lines.Select(l => l.Comment));
        Assert.Equal(3, showing.Current.Lines.Count);
    }

    [Fact]
    public void Blocked_words_hide_whole_words_in_any_case_and_are_not_patterns()
    {
        using var state = State(new() { BlockedWords = "spam, bad phrase,\n a.b" });

        foreach (var text in new[] { "SPAM here", "so spammy", "a bad   phrase", "bad phrase!", "axb", "say a.b", "class" })
        {
            _hub.Publish(Chat("ana", text));
        }

        Assert.Equal(["so spammy", "a bad   phrase", "axb", "class"], state.Current.Lines.Select(l => l.Comment));
    }

    [Theory]
    [InlineData(ChatRole.Everyone, "none follower sub mod")]
    [InlineData(ChatRole.Follower, "follower sub mod")]
    [InlineData(ChatRole.Subscriber, "sub mod")]
    [InlineData(ChatRole.Moderator, "mod")]
    public void Minimum_role_lets_that_role_and_higher_through(ChatRole role, string expected)
    {
        using var state = State(new() { MinRole = role });

        _hub.Publish(As("a", "none"));
        _hub.Publish(As("b", "follower", followRole: 1));
        _hub.Publish(As("c", "sub", sub: true));
        _hub.Publish(As("d", "mod", mod: true));

        Assert.Equal(expected, string.Join(" ", state.Current.Lines.Select(l => l.Comment)));
    }

    [Fact]
    public void Moderators_and_this_streams_top_gifters_are_highlighted()
    {
        using var state = State(new() { HighlightModerators = true, HighlightTopGifters = 1 });

        _hub.Publish(new RoomInfoEvent("room-1", "", null, null, ""));
        _hub.Publish(Finished("big", 500));
        _hub.Publish(Finished("small", 10));
        _hub.Publish(As("mod", "hello", mod: true));
        _hub.Publish(Chat("big", "thanks"));
        _hub.Publish(Chat("small", "me too"));
        _hub.Publish(new RoomInfoEvent("room-2", "", null, null, ""));
        _hub.Publish(Chat("big", "new stream"));

        Assert.Equal([ChatHighlight.Moderator, ChatHighlight.TopGifter, ChatHighlight.None, ChatHighlight.None],
            state.Current.Lines.Select(l => l.Highlight));
    }

    [Fact]
    public void Moderator_highlight_can_be_turned_off()
    {
        using var state = State(new() { HighlightModerators = false });

        _hub.Publish(As("mod", "hello", mod: true));

        Assert.Equal(ChatHighlight.None, Assert.Single(state.Current.Lines).Highlight);
    }

    [Fact]
    public void Rows_leave_after_their_lifetime_oldest_first()
    {
        using var state = State(new() { MessageLifetimeSeconds = 10 });
        var changes = 0;
        using var _ = state.Subscribe(() => changes++);

        _hub.Publish(Chat("ana", "first"));
        _time.Advance(TimeSpan.FromSeconds(4));
        _hub.Publish(Chat("ana", "second"));
        _time.Advance(TimeSpan.FromSeconds(5.9));
        Assert.Equal(2, state.Current.Lines.Count);

        _time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(["second"], state.Current.Lines.Select(l => l.Comment));
        Assert.Equal(10, state.Current.LifetimeSeconds);

        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Empty(state.Current.Lines);
        Assert.Equal(4, changes);
    }

    [Fact]
    public void Zero_lifetime_keeps_rows_and_a_new_lifetime_applies_in_place()
    {
        using var state = State(new());
        _hub.Publish(Chat("ana", "old"));
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Single(state.Current.Lines);

        state.Reconfigure(new ChatTickerSettings { MessageLifetimeSeconds = 5 });

        Assert.Empty(state.Current.Lines);
        _hub.Publish(Chat("ana", "new"));
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Empty(state.Current.Lines);
    }

    [Fact]
    public void Emote_urls_travel_with_the_line()
    {
        using var state = State(new());

        _hub.Publish(Chat("ana", "look") with { EmoteUrls = ["https://example.com/e.png"] });

        Assert.Equal(["https://example.com/e.png"], Assert.Single(state.Current.Lines).EmoteUrls);
    }

    [Fact]
    public void Settings_out_of_range_are_refused_with_a_clear_message()
    {
        var problems = WidgetKinds.ChatTicker.Validate(
            new ChatTickerSettings { MessageLifetimeSeconds = -1, HighlightTopGifters = 1000, BlockedWords = new string('x', 3000) }, "Chat").ToList();

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("MessageLifetimeSeconds"));
    }
}
