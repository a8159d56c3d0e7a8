using Overlay.Web.Events;
using Overlay.Web.Tts.Queue;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.Tts;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Tts.Queue;

public sealed class SpeechSelectorTests
{
    private static SpeechSelector Selector(TtsSettings? settings = null) => new(settings ?? new TtsSettings { Enabled = true });

    private static string? Read(SpeechSelector selector, OverlayEvent evt) => selector.Select(evt)?.Text;

    [Fact]
    public void Command_mode_reads_only_messages_with_the_command_and_leaves_the_command_out()
    {
        var selector = Selector();

        Assert.Equal("ANA says hello there", Read(selector, Chat("ana", "!tts hello there")));
        Assert.Equal("ANA says shout", Read(selector, Chat("ana", "!TTS shout")));
        Assert.Null(Read(selector, Chat("ana", "hello there")));
        Assert.Null(Read(selector, Chat("ana", "!ttsx hello")));
        Assert.Null(Read(selector, Chat("ana", "!tts")));
    }

    [Fact]
    public void All_mode_reads_every_message_but_other_bot_commands()
    {
        var selector = Selector(new TtsSettings { ReadChat = TtsChatMode.All, ChatTemplate = "{message}" });

        Assert.Equal("hello", Read(selector, Chat("ana", "hello")));
        Assert.Equal("via command", Read(selector, Chat("ana", "!tts via command")));
        Assert.Null(Read(selector, Chat("ana", "!song never gonna")));
    }

    [Fact]
    public void Off_reads_no_chat() =>
        Assert.Null(Read(Selector(new TtsSettings { ReadChat = TtsChatMode.Off }), Chat("ana", "!tts hi")));

    [Theory]
    [InlineData(ChatRole.Follower, false, false, 1, true)]
    [InlineData(ChatRole.Follower, false, false, 0, false)]
    [InlineData(ChatRole.Subscriber, false, true, 0, true)]
    [InlineData(ChatRole.Subscriber, false, false, 1, false)]
    [InlineData(ChatRole.Moderator, true, false, 0, true)]
    [InlineData(ChatRole.Moderator, false, true, 1, false)]
    public void The_role_filter_lets_the_role_and_those_above_it_through(ChatRole min, bool mod, bool sub, int followRole, bool read)
    {
        var selector = Selector(new TtsSettings { MinRole = min });
        var user = User("ana") with { IsModerator = mod, IsSubscriber = sub, FollowRole = followRole };

        Assert.Equal(read, Read(selector, new ChatEvent(user, "!tts hi")) is not null);
    }

    [Fact]
    public void Blocked_words_stop_the_message_nickname_included()
    {
        var selector = Selector(new TtsSettings { BlockedWords = "badword, worse phrase" });

        Assert.Null(Read(selector, Chat("ana", "!tts this is a BADWORD")));
        Assert.Null(Read(selector, Chat("badword", "!tts harmless")));
        Assert.Null(Read(selector, Chat("ana", "!tts a worse phrase here")));
        Assert.NotNull(Read(selector, Chat("ana", "!tts badwords are fine as a longer word")));
    }

    [Fact]
    public void Long_messages_are_cut_to_the_maximum_length()
    {
        var selector = Selector(new TtsSettings { MaxLength = 12, ChatTemplate = "{message}" });

        Assert.Equal("aaaa bbbb", Read(selector, Chat("ana", "!tts aaaa bbbb cccc dddd")));
    }

    [Fact]
    public void Links_and_emoji_only_messages_are_skipped()
    {
        var selector = Selector(new TtsSettings { ChatTemplate = "{message}" });

        Assert.Null(Read(selector, Chat("ana", "!tts https://spam.example/win")));
        Assert.Null(Read(selector, Chat("ana", "!tts 😂😂")));
        Assert.Equal("hi", Read(selector, Chat("ana", "!tts hi https://spam.example/win")));
    }

    [Fact]
    public void Gifts_over_the_minimum_are_read_with_the_template_and_smaller_ones_are_not()
    {
        var selector = Selector(new TtsSettings { MinGiftDiamonds = 100 });

        Assert.Equal("ANA sent Gift ×2", Read(selector, Finished("ana", 100, count: 2)));
        Assert.Null(Read(selector, Finished("ana", 99)));
    }

    [Fact]
    public void Gifts_are_off_at_zero_and_pending_or_backlog_combos_are_never_read()
    {
        Assert.Null(Read(Selector(new TtsSettings { MinGiftDiamonds = 0 }), Finished("ana", 5000)));
        var selector = Selector(new TtsSettings { MinGiftDiamonds = 1 });
        Assert.Null(Read(selector, Finished("ana", 10) with { Phase = ComboPhase.Pending }));
        Assert.Null(Read(selector, Finished("ana", 10) with { IsBacklog = true }));
    }

    [Fact]
    public void Follows_and_subscriptions_are_read_when_switched_on()
    {
        var off = Selector();
        var on = Selector(new TtsSettings { ReadFollows = true, ReadSubscriptions = true, SubscribeTemplate = "{nickname} subscribed for {months} months" });

        Assert.Null(Read(off, new FollowEvent(User("ana"))));
        Assert.Null(Read(off, new SubscribeEvent(User("ana"), 3)));
        Assert.Equal("ANA followed", Read(on, new FollowEvent(User("ana"))));
        Assert.Equal("ANA subscribed for 3 months", Read(on, new SubscribeEvent(User("ana"), 3)));
    }

    [Fact]
    public void Chat_requests_carry_the_ids_a_delete_names_and_the_cooldown()
    {
        var request = Selector().Select(Chat("ana", "!tts hi") with { MsgId = "m1", MessageUuid = "u1" });

        Assert.Equal(("m1", "u1", true, "id-ana"), (request!.MsgId, request.MessageUuid, request.Cooled, request.ViewerKey));
    }
}
