using Bunit;
using Overlay.Widgets.ChatTicker;
using ChatTickerComponent = Overlay.Widgets.ChatTicker.ChatTicker;

namespace Overlay.Tests.Widgets.ChatTicker;

public sealed class ChatTickerTests : BunitContext
{
    private static ChatLine Line(long id, string nickname, string comment) => new(id, nickname, comment, null, false, false);

    private IRenderedComponent<ChatTickerComponent> RenderLines(params ChatLine[] lines) =>
        Render<ChatTickerComponent>(p => p.Add(c => c.View, new ChatTickerView(lines)));

    [Fact]
    public void Shows_each_nickname_and_comment_with_the_newest_last()
    {
        var cut = RenderLines(Line(1, "ana", "first"), Line(2, "bo", "second"));

        var rows = cut.FindAll(".row");
        Assert.Equal(2, rows.Count);
        Assert.Equal("ana", rows[0].QuerySelector(".nickname")!.TextContent);
        Assert.Equal("first", rows[0].QuerySelector(".comment")!.TextContent);
        Assert.Equal("second", rows[1].QuerySelector(".comment")!.TextContent);
    }

    [Fact]
    public void Markup_in_a_comment_renders_as_literal_text()
    {
        var cut = RenderLines(Line(1, "ana", "<img src=x onerror=alert(1)>"));

        Assert.Equal("<img src=x onerror=alert(1)>", cut.Find(".comment").TextContent);
        Assert.Empty(cut.FindAll("img"));
        Assert.Contains("&lt;img", cut.Markup);
    }

    [Fact]
    public void Emoji_and_right_to_left_names_stay_intact_and_isolated()
    {
        var cut = RenderLines(Line(1, "אבי 🔥", "שלום 👋 hi"));

        var nickname = cut.Find(".nickname");
        Assert.Equal("אבי 🔥", nickname.TextContent);
        Assert.Equal("auto", nickname.GetAttribute("dir"));
        Assert.Equal("שלום 👋 hi", cut.Find(".comment").TextContent);
        Assert.Equal("auto", cut.Find(".comment").GetAttribute("dir"));
    }

    [Fact]
    public void Only_the_latest_rows_show_when_the_view_holds_more_than_MaxRows()
    {
        var lines = Enumerable.Range(1, 5).Select(i => Line(i, $"v{i}", $"c{i}")).ToArray();

        var cut = Render<ChatTickerComponent>(p => p.Add(c => c.View, new ChatTickerView(lines)).Add(c => c.MaxRows, 2));

        Assert.Equal(["c4", "c5"], cut.FindAll(".comment").Select(e => e.TextContent));
    }

    [Fact]
    public void Moderators_are_marked_for_styling()
    {
        var cut = RenderLines(new ChatLine(1, "mod", "hi", null, IsModerator: true, IsSubscriber: false));

        Assert.True(cut.Find(".row").HasAttribute("data-moderator"));
        Assert.False(cut.Find(".row").HasAttribute("data-subscriber"));
    }

    [Fact]
    public void Empty_view_renders_no_rows()
    {
        var cut = Render<ChatTickerComponent>(p => p.Add(c => c.View, ChatTickerView.Empty));

        Assert.Empty(cut.FindAll(".row"));
        Assert.Equal("", cut.Find(".chat-ticker").TextContent.Trim());
    }

    [Fact]
    public void A_row_that_arrives_on_its_own_is_marked_to_slide_in()
    {
        var cut = RenderLines(Line(1, "ana", "first"));

        cut.Render(p => p.Add(c => c.View, new ChatTickerView([Line(1, "ana", "first"), Line(2, "bo", "second")])));

        var rows = cut.FindAll(".row");
        Assert.False(rows[0].HasAttribute("data-enter"));
        Assert.True(rows[1].HasAttribute("data-enter"));
    }

    [Fact]
    public void A_row_of_a_burst_just_appears_even_when_it_renders_on_its_own()
    {
        var cut = RenderLines(Line(1, "ana", "first"));

        cut.Render(p => p.Add(c => c.View, new ChatTickerView([Line(1, "ana", "first"), Line(2, "bo", "second") with { Burst = true }])));

        Assert.Empty(cut.FindAll(".row[data-enter]"));
    }

    [Fact]
    public void Rows_that_arrive_together_or_on_first_render_just_appear()
    {
        var cut = RenderLines(Line(1, "ana", "first"));
        Assert.Empty(cut.FindAll(".row[data-enter]"));

        cut.Render(p => p.Add(c => c.View, new ChatTickerView([Line(1, "ana", "a"), Line(2, "bo", "b"), Line(3, "cy", "c")])));

        Assert.Empty(cut.FindAll(".row[data-enter]"));
    }
}

public sealed class ChatTickerOptionsMarkupTests : BunitContext
{
    private IRenderedComponent<ChatTickerComponent> RenderLines(ChatTickerView view, bool hideCommands = false) =>
        Render<ChatTickerComponent>(p => p.Add(c => c.View, view).Add(c => c.HideCommands, hideCommands));

    [Fact]
    public void Emotes_render_as_images_only_for_http_urls()
    {
        var line = new ChatLine(1, "ana", "look", null, false, false)
        {
            EmoteUrls = ["https://example.com/e.png", "javascript:alert(1)", "data:image/png;base64,AA", "/local.png"],
        };

        var cut = RenderLines(new ChatTickerView([line]));

        var img = Assert.Single(cut.FindAll("img.emote"));
        Assert.Equal("https://example.com/e.png", img.GetAttribute("src"));
        Assert.Equal("emote", img.GetAttribute("alt"));
    }

    [Fact]
    public void Highlights_are_marked_and_hostile_text_stays_text()
    {
        var cut = RenderLines(new ChatTickerView(
        [
            new ChatLine(1, "<b>mod</b>", "<script>alert(1)</script>", null, true, false) { Highlight = ChatHighlight.Moderator },
            new ChatLine(2, "whale", "hi", null, false, false) { Highlight = ChatHighlight.TopGifter },
            new ChatLine(3, "ana", "plain", null, false, false),
        ]));

        var rows = cut.FindAll(".row");
        Assert.Equal(["moderator", "top-gifter", null], rows.Select(r => r.GetAttribute("data-highlight")));
        Assert.Equal("<script>alert(1)</script>", rows[0].QuerySelector(".comment")!.TextContent);
        Assert.Empty(cut.FindAll("script, b"));
    }

    [Fact]
    public void Lifetime_sets_the_fade_and_the_page_can_hide_commands()
    {
        var cut = RenderLines(new ChatTickerView([new(1, "a", "!cmd", null, false, false), new(2, "a", "ok", null, false, false)]) { LifetimeSeconds = 7 }, hideCommands: true);

        var list = cut.Find(".chat-ticker");
        Assert.True(list.HasAttribute("data-fade"));
        Assert.Contains("--chat-lifetime: 7s", list.GetAttribute("style"));
        Assert.Equal(["ok"], cut.FindAll(".comment").Select(c => c.TextContent));
    }
}
