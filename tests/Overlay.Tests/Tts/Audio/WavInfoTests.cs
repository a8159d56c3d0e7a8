using Overlay.Tests.Infrastructure;
using Overlay.Web.Tts.Audio;

namespace Overlay.Tests.Tts.Audio;

public sealed class WavInfoTests
{
    [Fact]
    public void The_duration_comes_from_the_data_size_and_byte_rate()
    {
        var info = WavInfo.Read(new MemoryStream(TestWav.Tone(1.5)));

        Assert.Equal(new WavInfo(1, 22050, 16, 66150, TimeSpan.FromSeconds(1.5)), info);
    }

    [Fact]
    public void Chunks_before_the_format_and_data_are_skipped()
    {
        var wav = TestWav.Tone(0.5);
        // A LIST chunk (odd size, so padded) between the header and "fmt ".
        byte[] list = [.. "LIST"u8, 3, 0, 0, 0, 1, 2, 3, 0];
        var withList = wav[..12].Concat(list).Concat(wav[12..]).ToArray();

        Assert.Equal(TimeSpan.FromSeconds(0.5), WavInfo.Read(new MemoryStream(withList))?.Duration);
    }

    [Fact]
    public void A_streamed_header_without_a_size_runs_to_the_end_of_the_file()
    {
        var wav = TestWav.Tone(1);
        BitConverter.GetBytes(uint.MaxValue).CopyTo(wav, 40);

        Assert.Equal(TimeSpan.FromSeconds(1), WavInfo.Read(new MemoryStream(wav))?.Duration);
    }

    [Theory]
    [InlineData("not a wav at all")]
    [InlineData("RIFF\0\0\0\0WAVE")]
    [InlineData("")]
    public void Anything_else_is_not_a_wav(string text) => Assert.Null(WavInfo.Read(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(text))));

    [Fact]
    public void A_wav_with_no_sound_in_it_is_not_playable() => Assert.Null(WavInfo.Read(new MemoryStream(TestWav.Tone(0))));
}
