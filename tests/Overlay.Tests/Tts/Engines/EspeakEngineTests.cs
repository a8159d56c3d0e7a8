using System.Globalization;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Tts.Audio;
using Overlay.Web.Tts.Engines;

namespace Overlay.Tests.Tts.Engines;

public sealed class EspeakEngineTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly string _folder = Directory.CreateTempSubdirectory("overlay-tts-").FullName;

    [Fact]
    public async Task A_short_phrase_is_real_audio_longer_than_a_third_of_a_second_or_the_engine_is_reported_missing()
    {
        var engine = new EngineLocator(new ProcessRunner(TimeProvider.System), Timeout).Find(Environment.GetEnvironmentVariable("PATH"));
        if (!Espeak.Installed)
        {
            Assert.Null(engine);
            Assert.Contains("install espeak-ng", EngineLocator.MissingHint, StringComparison.Ordinal);
            return;
        }
        var wav = Path.Combine(_folder, "hello.wav");

        await engine!.SynthesizeAsync(new SpeechJob("Hello from the overlay", null, 100), wav, Ct);

        var bytes = await File.ReadAllBytesAsync(wav, Ct);
        Assert.Equal("RIFF"u8.ToArray(), bytes[..4]);
        Assert.Equal("WAVE"u8.ToArray(), bytes[8..12]);
        var info = WavInfo.Read(wav);
        Assert.NotNull(info);
        Assert.Equal((1, 16), (info.Channels, info.BitsPerSample));
        Assert.True(info.Duration > TimeSpan.FromSeconds(0.3), $"only {info.Duration}");
        Assert.True(bytes.Skip(44).Any(b => b != 0), "the audio is all silence");
        if (Espeak.Sox is { } sox)
        {
            var reported = await new ProcessRunner(TimeProvider.System).RunAsync(sox, ["--i", "-D", wav], null, Timeout, Ct);
            var soxSeconds = double.Parse(reported.StandardOutput.Trim(), CultureInfo.InvariantCulture);
            Assert.Equal(soxSeconds, info.Duration.TotalSeconds, 0.01);
        }
    }

    [Fact]
    public async Task The_installed_voices_are_listed_or_the_engine_is_reported_missing()
    {
        if (!Espeak.Installed)
        {
            Assert.Null(new EngineLocator(new ProcessRunner(TimeProvider.System), Timeout).Find(Environment.GetEnvironmentVariable("PATH")));
            return;
        }
        var engine = new EspeakEngine(new ProcessRunner(TimeProvider.System), Espeak.Path!, Timeout);

        var voices = await engine.ListVoicesAsync(Ct);

        Assert.Contains(voices, v => v.Id == "en-us" && v.Label == "English (America)");
    }

    [Fact]
    public async Task A_file_it_cannot_write_is_a_clear_engine_error_or_the_engine_is_reported_missing()
    {
        if (!Espeak.Installed)
        {
            Assert.Null(new EngineLocator(new ProcessRunner(TimeProvider.System), Timeout).Find(""));
            return;
        }
        var engine = new EspeakEngine(new ProcessRunner(TimeProvider.System), Espeak.Path!, Timeout);

        var error = await Assert.ThrowsAsync<SpeechEngineException>(() =>
            engine.SynthesizeAsync(new SpeechJob("hi", null, 100), Path.Combine(_folder, "missing-folder", "x.wav"), Ct));

        // espeak-ng exits 0 here and only prints the problem: the engine must still report it.
        Assert.StartsWith("espeak-ng wrote no audio: Can't write to", error.Message, StringComparison.Ordinal);
        Assert.False(error.TimedOut);
    }

    [Fact]
    public void Text_goes_on_standard_input_so_it_is_never_an_option()
    {
        var args = EspeakEngine.SynthesisArguments(new SpeechJob("-v evil --stdout", "en-us", 150), "/tmp/a.wav");

        Assert.Equal(["-b", "1", "-w", "/tmp/a.wav", "-s", "262", "-v", "en-us", "--stdin"], args);
        Assert.DoesNotContain(args, a => a.Contains("evil", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_voice_the_engine_default_is_used() =>
        Assert.Equal(["-b", "1", "-w", "o.wav", "-s", "175", "--stdin"], EspeakEngine.SynthesisArguments(new SpeechJob("hi", null, 100), "o.wav"));

    [Fact]
    public void The_voice_list_is_parsed_from_its_columns()
    {
        const string output = """
            Pty Language       Age/Gender VoiceName          File                 Other Languages
             5  af              --/M      Afrikaans          gmw/af
             2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
             5  cmn             --/M      Chinese_(Mandarin,_latin_as_English) sit/cmn              (zh-cmn 5)(zh 5)
            """;

        var voices = EspeakEngine.ParseVoices(output);

        Assert.Equal(
            [new SpeechVoice("af", "Afrikaans", "af"), new SpeechVoice("en-us", "English (America)", "en-us"),
             new SpeechVoice("cmn", "Chinese (Mandarin, latin as English)", "cmn")],
            voices);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
