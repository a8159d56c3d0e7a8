using Overlay.Web.Tts.Queue;

namespace Overlay.Tests.Tts.Queue;

public sealed class SpeechTextTests
{
    [Theory]
    [InlineData("look at https://evil.example/x now", "look at now")]
    [InlineData("go to www.spam.net please", "go to please")]
    [InlineData("visit scam.com/free today", "visit today")]
    public void Links_are_left_out(string text, string expected) =>
        Assert.Equal(expected, SpeechText.Clean(text, 200, skipLinks: true, skipEmojiOnly: true));

    [Fact]
    public void A_message_that_was_only_a_link_is_not_read() =>
        Assert.Null(SpeechText.Clean("https://example.com/a", 200, skipLinks: true, skipEmojiOnly: true));

    [Fact]
    public void Links_stay_when_not_skipped() =>
        Assert.Equal("see https://example.com", SpeechText.Clean("see https://example.com", 200, skipLinks: false, skipEmojiOnly: true));

    [Theory]
    [InlineData("😂😂😂")]
    [InlineData("🌹 ❤️ !!!")]
    public void Emoji_only_messages_are_not_read(string text) =>
        Assert.Null(SpeechText.Clean(text, 200, skipLinks: true, skipEmojiOnly: true));

    [Fact]
    public void Emoji_with_words_are_read() =>
        Assert.Equal("love it 😂", SpeechText.Clean("love it 😂", 200, skipLinks: true, skipEmojiOnly: true));

    [Fact]
    public void Long_text_is_cut_at_a_word() =>
        Assert.Equal("one two three", SpeechText.Clean("one two three four five", 16, skipLinks: true, skipEmojiOnly: true));

    [Fact]
    public void A_cut_never_splits_an_emoji()
    {
        var cut = SpeechText.Cut("ab😂cd", 3);

        Assert.Equal("ab", cut);
    }

    [Fact]
    public void Control_characters_and_engine_markup_are_removed() =>
        Assert.Equal("hi [rate 400] there", SpeechText.Clean("hi\u0007 [[rate 400]]\nthere", 200, skipLinks: true, skipEmojiOnly: true));

    [Fact]
    public void Templates_fill_placeholders_as_plain_text() =>
        Assert.Equal("<b>ana</b> sent Rose ×5 {other}",
            SpeechText.Fill("{nickname} sent {giftName} ×{count} {other}", ("nickname", "<b>ana</b>"), ("giftName", "Rose"), ("count", "5")));
}
