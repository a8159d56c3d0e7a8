using Overlay.Web.Tts.Engines;
using Overlay.Web.Tts.Queue;

namespace Overlay.Tests.Tts.Queue;

public sealed class ViewerVoiceTests
{
    private static readonly IReadOnlyList<SpeechVoice> Voices =
    [
        new("en-us", "English (America)", "en-us"), new("en-gb", "English (Great Britain)", "en-gb"),
        new("en-gb-scotland", "English (Scotland)", "en-gb-scotland"), new("de", "German", "de"), new("sw", "Swahili", "sw"),
    ];

    [Fact]
    public void The_same_viewer_always_gets_the_same_voice()
    {
        var first = ViewerVoice.Pick("id-ana", Voices, "en");

        Assert.All(Enumerable.Range(0, 20), _ => Assert.Equal(first, ViewerVoice.Pick("id-ana", [.. Voices.Reverse()], "en")));
    }

    [Fact]
    public void Viewers_get_voices_of_the_language_only()
    {
        var picked = Enumerable.Range(0, 200).Select(i => ViewerVoice.Pick("viewer-" + i, Voices, "en-us")).ToHashSet();

        Assert.Equal(["en-gb", "en-gb-scotland", "en-us"], picked.Order());
    }

    [Fact]
    public void A_language_with_no_voice_falls_back_to_all_voices() =>
        Assert.Contains(ViewerVoice.Pick("id-ana", Voices, "fr"), Voices.Select(v => v.Id));

    [Fact]
    public void No_voices_or_no_viewer_means_no_choice()
    {
        Assert.Null(ViewerVoice.Pick("id-ana", [], "en"));
        Assert.Null(ViewerVoice.Pick("", Voices, "en"));
    }

    [Fact]
    public void The_hash_is_stable_across_processes() =>
        // FNV-1a of "id-ana" over the three English voices; a per-process string hash would change this.
        Assert.Equal("en-us", ViewerVoice.Pick("id-ana", Voices, "en"));
}
