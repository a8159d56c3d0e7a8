using Bunit;
using Overlay.Widgets.ActionsScreen;
using Overlay.Widgets.GiftAlert;
using ActionsScreenComponent = Overlay.Widgets.ActionsScreen.ActionsScreen;

namespace Overlay.Tests.Widgets.ActionsScreen;

public sealed class ActionsScreenTests : BunitContext
{
    private IRenderedComponent<ActionsScreenComponent> RenderView(ActionsScreenView view, bool sounds = true) =>
        Render<ActionsScreenComponent>(p => p.Add(c => c.View, view).Add(c => c.PlaySounds, sounds));

    [Fact]
    public void Idle_renders_an_empty_wrapper()
    {
        var cut = RenderView(ActionsScreenView.Empty);

        Assert.Empty(cut.Find(".actions-screen").Children);
    }

    [Fact]
    public void An_item_shows_its_image_video_text_and_sound()
    {
        var item = new ScreenItem(3, 4000) { ImageUrl = "/images/a.gif", VideoUrl = "/videos/b.webm", Text = "hi", Sound = new AlertSound("/sounds/c.wav", 0.5), Rule = "r" };

        var cut = RenderView(new ActionsScreenView(item, 0));

        Assert.Equal("/images/a.gif", cut.Find("img.item-img").GetAttribute("src"));
        Assert.Equal("/videos/b.webm", cut.Find("video[data-overlay-video]").GetAttribute("src"));
        Assert.Equal("hi", cut.Find(".item-text").TextContent);
        Assert.Equal("0.5", cut.Find("audio[data-overlay-sound]").GetAttribute("data-volume"));
        Assert.Contains("--display-ms: 4000ms", cut.Find(".item").GetAttribute("style"));
    }

    [Fact]
    public void Without_sounds_no_audio_is_rendered()
    {
        var item = new ScreenItem(1, 1000) { Sound = new AlertSound("/sounds/c.wav", 1) };

        var cut = RenderView(new ActionsScreenView(item, 0), sounds: false);

        Assert.Empty(cut.FindAll("audio"));
    }

    [Fact]
    public void Viewer_text_in_an_item_renders_as_text()
    {
        const string hostile = "<img src=x onerror=alert(1)><b>ana</b>";

        var cut = RenderView(new ActionsScreenView(new ScreenItem(1, 1000) { Text = hostile }, 0));

        Assert.Empty(cut.FindAll(".item-text img, .item-text b"));
        Assert.Equal(hostile, cut.Find(".item-text").TextContent);
    }
}
