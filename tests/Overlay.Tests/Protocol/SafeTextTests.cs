using Overlay.Tests.Builders;
using Overlay.Web.Events;
using Overlay.Web.Protocol;

namespace Overlay.Tests.Protocol;

/// <summary>Hostile text and URLs (protocol.md §9), through whole frames.</summary>
public sealed class SafeTextTests
{
    private readonly FrameParser _parser = new();

    private string Comment(string comment) =>
        Assert.IsType<ChatEvent>(_parser.Parse(Frames.Chat(comment)).Event).Comment;

    private string Nickname(string nickname) =>
        Assert.IsType<ChatEvent>(_parser.Parse(Frames.Chat("hi").From("ana", nickname)).Event).User.Nickname;

    private string? Avatar(string url) =>
        Assert.IsType<ChatEvent>(_parser.Parse(Frames.Chat("hi").From("ana", avatarUrl: url)).Event).User.AvatarUrl;

    [Fact]
    public void Markup_is_kept_literally()
    {
        Assert.Equal("<script>alert(1)</script>", Comment("<script>alert(1)</script>"));
    }

    [Fact]
    public void Control_characters_are_stripped()
    {
        Assert.Equal("ab", Comment("a\u0000\u0007\u001B\u007F\u0085b"));
    }

    [Fact]
    public void Line_breaks_and_tabs_become_spaces()
    {
        Assert.Equal("a b c", Comment("a\nb\tc"));
    }

    [Fact]
    public void Bidi_controls_zero_width_space_and_marks_are_stripped()
    {
        Assert.Equal("evil", Nickname("\u202Ee\u202Av\u2066i\u200B\u200E\u200F\uFEFFl\u2069\u202C"));
    }

    [Fact]
    public void Emoji_sequences_with_zwj_and_variation_selectors_are_kept()
    {
        const string family = "👨\u200D👩\u200D👧\u200D👦 ❤\uFE0F";

        Assert.Equal(family, Nickname(family));
    }

    [Fact]
    public void Right_to_left_letters_are_kept()
    {
        Assert.Equal("مرحبا שלום", Comment("مرحبا שלום"));
    }

    [Fact]
    public void Comment_is_capped_at_500_text_elements()
    {
        Assert.Equal(500, Comment(new string('a', 600)).Length);
    }

    [Fact]
    public void Nickname_of_100_KB_is_capped_at_64_text_elements()
    {
        Assert.Equal(64, Nickname(new string('n', 100_000)).Length);
    }

    [Fact]
    public void Cap_counts_emoji_as_one_element_and_never_splits_a_surrogate_pair()
    {
        string nickname = Nickname(string.Concat(Enumerable.Repeat("😀", 100)));

        Assert.Equal(string.Concat(Enumerable.Repeat("😀", 64)), nickname);
    }

    [Fact]
    public void Zalgo_text_is_capped_in_characters_too()
    {
        string zalgo = "Z" + new string('\u0301', 10_000);

        Assert.True(Nickname(zalgo).Length <= 64 * 8);
    }

    [Theory]
    [InlineData("https://p16.tiktokcdn.com/a.webp")]
    [InlineData("http://example.com/a.png")]
    public void Absolute_http_urls_are_kept(string url)
    {
        Assert.Equal(url, Avatar(url));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("/relative/a.png")]
    [InlineData("//cdn.example.com/a.png")]
    [InlineData("ftp://example.com/a.png")]
    [InlineData("https://")]
    [InlineData("")]
    public void Other_urls_are_null(string url)
    {
        Assert.Null(Avatar(url));
    }
}
