using Bunit;
using Overlay.Widgets.GiftAlert;
using GiftAlertComponent = Overlay.Widgets.GiftAlert.GiftAlert;

namespace Overlay.Tests.Widgets.GiftAlert;

public sealed class GiftAlertTests : BunitContext
{
    private static AlertView Alert(long id = 1, string nickname = "ana", string? avatar = null, string? picture = null) =>
        new(id, nickname, avatar, "Rose", picture, Count: 5, Diamonds: 1500);

    private IRenderedComponent<GiftAlertComponent> RenderAlert(AlertView? alert, int displayMs = 5000) =>
        Render<GiftAlertComponent>(p => p.Add(c => c.View, new GiftAlertView(alert, 0, displayMs)));

    [Fact]
    public void Shows_nickname_gift_count_and_diamonds_of_the_current_alert()
    {
        var cut = RenderAlert(Alert());

        Assert.Equal("ana", cut.Find(".nickname").TextContent);
        Assert.Equal("Rose", cut.Find(".gift").TextContent);
        Assert.Equal("×5", cut.Find(".count").TextContent);
        Assert.Equal("1,500", cut.Find(".diamond-count").TextContent);
    }

    [Fact]
    public void Display_time_reaches_css_as_a_custom_property()
    {
        var cut = RenderAlert(Alert(), displayMs: 7500);

        Assert.Contains("--display-ms: 7500ms", cut.Find(".gift-alert").GetAttribute("style"));
    }

    [Fact]
    public void Markup_in_a_nickname_renders_as_text()
    {
        var cut = RenderAlert(Alert(nickname: "<img src=x onerror=alert(1)>"));

        Assert.Equal("<img src=x onerror=alert(1)>", cut.Find(".nickname").TextContent);
        Assert.Empty(cut.FindAll("img"));
    }

    [Fact]
    public void Emoji_and_right_to_left_nicknames_stay_intact_and_isolated()
    {
        var cut = RenderAlert(Alert(nickname: "مريم 🌸👩‍👩‍👧"));

        var nickname = cut.Find(".nickname");
        Assert.Equal("مريم 🌸👩‍👩‍👧", nickname.TextContent);
        Assert.Equal("auto", nickname.GetAttribute("dir"));
    }

    [Fact]
    public void Avatar_shows_from_an_http_url_and_the_gift_picture_only_from_the_local_cache()
    {
        var local = "/gift-images/" + new string('0', 64);
        var cut = RenderAlert(Alert(avatar: "https://cdn.example/a.webp", picture: local));

        Assert.Equal("background-image: url(\"https://cdn.example/a.webp\")", cut.Find(".avatar-img").GetAttribute("style"));
        Assert.Equal(local, cut.Find("img.gift-img").GetAttribute("src"));
    }

    [Fact]
    public void Avatar_url_cannot_break_out_of_its_css_url()
    {
        var cut = RenderAlert(Alert(avatar: "https://cdn.example/a.webp\"); background: red; x: url('y"));

        var style = cut.Find(".avatar-img").GetAttribute("style")!;
        Assert.StartsWith("background-image: url(\"https://cdn.example/", style);
        Assert.Equal(2, style.Count(c => c == '"'));
        Assert.DoesNotContain(")", style[..^2]);
    }

    [Fact]
    public void Avatar_with_an_unsafe_url_falls_back_to_the_initial()
    {
        var cut = RenderAlert(Alert(nickname: "zoe", avatar: "javascript:alert(1)"));

        Assert.Empty(cut.FindAll(".avatar-img"));
        Assert.Equal("Z", cut.Find(".initials").TextContent);
    }

    [Fact]
    public void Empty_view_renders_nothing_visible()
    {
        var cut = Render<GiftAlertComponent>(p => p.Add(c => c.View, GiftAlertView.Empty));

        Assert.Empty(cut.FindAll(".alert"));
        Assert.Equal("", cut.Find(".gift-alert").TextContent.Trim());
    }
}
