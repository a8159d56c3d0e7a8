using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;
using Overlay.Web.Tts;
using Overlay.Web.Tts.Audio;
using Overlay.Web.Tts.Engines;
using Overlay.Web.Tts.Synthesis;

namespace Overlay.Tests.Tts.Synthesis;

public sealed class SpeechMakerTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _folder = Directory.CreateTempSubdirectory("overlay-maker-").FullName;
    private readonly OverlayMetrics _metrics = new();
    private readonly FakeLogger<SpeechMaker> _log = new();

    private SpeechMaker Maker(ISpeechEngine? engine) =>
        new(engine, new SpeechCache(_folder, 10_000_000), Options.Create(new TtsOptions()), _metrics, TimeProvider.System, _log);

    /// <summary>Writes a one-second tone per phrase (or fails as told) and counts its calls.</summary>
    private sealed class ToneEngine : ISpeechEngine
    {
        public int Calls;
        public SpeechEngineException? Failure { get; init; }
        public IReadOnlyList<SpeechVoice> VoiceList { get; init; } = [new("en-us", "English", "en-us")];
        public List<string?> VoicesAsked { get; } = [];

        public string Name => "tone";
        public string DefaultLanguage => "en";

        public Task<IReadOnlyList<SpeechVoice>> ListVoicesAsync(CancellationToken cancellationToken) => Task.FromResult(VoiceList);

        public async Task SynthesizeAsync(SpeechJob job, string wavPath, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            VoicesAsked.Add(job.Voice);
            if (Failure is not null)
            {
                throw Failure;
            }
            await File.WriteAllBytesAsync(wavPath, TestWav.Tone(1), cancellationToken);
        }
    }

    [Fact]
    public async Task A_phrase_is_made_once_and_then_served_from_the_cache()
    {
        var engine = new ToneEngine();
        using var maker = Maker(engine);

        var first = await maker.MakeAsync("hello", null, 100, Ct);
        var second = await maker.MakeAsync("hello", null, 100, Ct);

        Assert.Equal(first, second);
        Assert.Equal(TimeSpan.FromSeconds(1), first!.Duration);
        Assert.Equal($"/tts/{first.Id}.wav", first.Url);
        Assert.Equal(1, engine.Calls);
        Assert.Equal(1, maker.Status.Made);
    }

    [Fact]
    public async Task Without_an_engine_nothing_is_made_and_the_admin_is_told_what_to_install()
    {
        using var maker = Maker(null);

        Assert.Null(await maker.MakeAsync("hello", null, 100, Ct));

        var status = maker.Status;
        Assert.False(status.HasEngine);
        Assert.Equal(EngineLocator.MissingHint, status.Problem);
        Assert.Equal(1, status.Failures["NoEngine"]);
        Assert.Equal(1, _metrics.Dropped(DropReason.SpeechFailed));
    }

    [Fact]
    public async Task A_broken_engine_is_counted_shown_and_logged_once_per_interval()
    {
        var engine = new ToneEngine { Failure = new SpeechEngineException("tone failed speaking (exit code 1): boom") };
        using var maker = Maker(engine);

        Assert.Null(await maker.MakeAsync("one", null, 100, Ct));
        Assert.Null(await maker.MakeAsync("two", null, 100, Ct));

        Assert.Equal("tone failed speaking (exit code 1): boom", maker.Status.Problem);
        Assert.Equal(2, maker.Status.Failures["EngineFailed"]);
        Assert.Single(_log.Collector.GetSnapshot(), r => r.Message.Contains("boom", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder)));
    }

    [Fact]
    public async Task A_timeout_is_counted_as_such()
    {
        using var maker = Maker(new ToneEngine { Failure = new SpeechEngineException("tone took too long", timedOut: true) });

        await maker.MakeAsync("slow", null, 100, Ct);

        Assert.Equal(1, maker.Status.Failures["Timeout"]);
    }

    [Fact]
    public async Task A_voice_that_is_not_installed_falls_back_to_the_default_and_says_so()
    {
        var engine = new ToneEngine();
        using var maker = Maker(engine);
        await maker.RefreshVoicesAsync(Ct);

        var clip = await maker.MakeAsync("hello", "Klingon", 100, Ct);

        Assert.NotNull(clip);
        Assert.Equal([null], engine.VoicesAsked);
        Assert.Contains("'Klingon' is not installed", maker.Status.Problem, StringComparison.Ordinal);
        Assert.Equal(1, maker.Status.Failures["MissingVoice"]);
    }

    [Fact]
    public async Task Output_that_is_not_audio_is_refused()
    {
        using var maker = Maker(new HtmlEngine());

        Assert.Null(await maker.MakeAsync("hello", null, 100, Ct));

        Assert.Equal(1, maker.Status.Failures["BadAudio"]);
    }

    [Fact]
    public async Task The_voices_are_listed_sorted()
    {
        using var maker = Maker(new ToneEngine { VoiceList = [new("zz", "Z", "zz"), new("aa", "A", "aa")] });

        await maker.RefreshVoicesAsync(Ct);

        Assert.Equal(["aa", "zz"], maker.Status.Voices.Select(v => v.Id));
    }

    private sealed class HtmlEngine : ISpeechEngine
    {
        public string Name => "html";
        public string DefaultLanguage => "en";
        public Task<IReadOnlyList<SpeechVoice>> ListVoicesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SpeechVoice>>([]);
        public Task SynthesizeAsync(SpeechJob job, string wavPath, CancellationToken cancellationToken) => File.WriteAllTextAsync(wavPath, "<html>", cancellationToken);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
