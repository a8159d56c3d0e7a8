using System.Text.Json.Nodes;
using Overlay.Tests.Builders;
using Overlay.Web.Events;
using Overlay.Web.Protocol;

namespace Overlay.Tests.Protocol;

/// <summary>The chat's optional emotes list (§4 chat): http(s) image URLs only, anything else skipped.</summary>
public sealed class ChatEmoteParsingTests
{
    [Fact]
    public void Only_absolute_http_emote_urls_are_kept_in_order()
    {
        var emotes = JsonNode.Parse("""
            [{"emoteId":"1","emoteImageUrl":"https://example.com/a.png"},
             {"emoteId":"2","emoteUrl":"http://example.com/b.png"},
             {"emoteImageUrl":"javascript:alert(1)"}, {"emoteImageUrl":"/relative.png"}, "https://example.com/bare.png", 7, null]
            """);
        string frame = Frames.Chat("look").From("ana").Set("emotes", emotes);

        var chat = Assert.IsType<ChatEvent>(new FrameParser().Parse(frame).Event);

        Assert.Equal(["https://example.com/a.png", "http://example.com/b.png"], chat.EmoteUrls);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("\"x\"")]
    [InlineData("null")]
    public void A_missing_or_odd_emotes_field_gives_none(string emotes)
    {
        string frame = Frames.Chat("look").From("ana").Set("emotes", JsonNode.Parse(emotes));

        Assert.Empty(Assert.IsType<ChatEvent>(new FrameParser().Parse(frame).Event).EmoteUrls);
    }
}
