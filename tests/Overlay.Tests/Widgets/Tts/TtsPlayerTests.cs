using Bunit;
using Overlay.Widgets.Tts;

namespace Overlay.Tests.Widgets.Tts;

public sealed class TtsPlayerTests : BunitContext
{
    private static readonly TtsClip Clip = new(7, "/tts/0123456789abcdef0123456789abcdef.wav", 0.4, "ana says hi");

    private IRenderedComponent<TtsPlayer> RenderView(TtsView view, bool playSounds = true) =>
        Render<TtsPlayer>(p => p.Add(c => c.View, view).Add(c => c.PlaySounds, playSounds));

    [Fact]
    public void Silent_renders_nothing() => Assert.Empty(RenderView(TtsView.Empty with { Enabled = true }).Markup.Trim());

    [Fact]
    public void A_clip_is_one_audio_element_the_page_script_plays_at_its_volume_and_nothing_visible()
    {
        var cut = RenderView(new TtsView(true, Clip, [], ShowCaption: false));

        var audio = cut.Find("audio");
        Assert.Equal(Clip.Url, audio.GetAttribute("src"));
        Assert.Equal("0.4", audio.GetAttribute("data-volume"));
        Assert.True(audio.HasAttribute("data-overlay-sound"));
        Assert.Empty(cut.FindAll(".caption"));
        Assert.Equal("7", cut.Find(".tts").GetAttribute("data-clip-id"));
    }

    [Fact]
    public void The_caption_shows_hostile_text_as_text()
    {
        const string hostile = "<img src=x onerror=alert(1)>";

        var cut = RenderView(new TtsView(true, Clip with { Text = hostile }, [], ShowCaption: true));

        Assert.Empty(cut.FindAll("img"));
        Assert.Equal(hostile, cut.Find(".caption").TextContent);
    }

    [Fact]
    public void Without_sound_no_audio_is_rendered() => Assert.Empty(RenderView(new TtsView(true, Clip, [], true), playSounds: false).FindAll("audio"));
}
