using System.Runtime.Versioning;

namespace Overlay.Web.Tts.Engines;

/// <summary>
/// The Windows system voices (SAPI through System.Speech), 16-bit 22 kHz mono WAV. System.Speech works on Windows
/// only, so every call is guarded; elsewhere the engine reports that it is unavailable.
/// </summary>
public sealed class SapiEngine(TimeSpan timeout) : ISpeechEngine
{
    public string Name => "Windows voices (SAPI)";

    public string DefaultLanguage => "en";

    /// <summary>SAPI's rate runs from -10 to 10; each step is about 10% (0 = normal).</summary>
    public static int SapiRate(int ratePercent) => Math.Clamp((int)Math.Round((ratePercent - 100) / 10.0), -10, 10);

    public Task<IReadOnlyList<SpeechVoice>> ListVoicesAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsWindows())
        {
            throw new SpeechEngineException("Windows voices are only available on Windows.");
        }
        return Task.Run(ListWindowsVoices, cancellationToken);
    }

    public async Task SynthesizeAsync(SpeechJob job, string wavPath, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsWindows())
        {
            throw new SpeechEngineException("Windows voices are only available on Windows.");
        }
        var work = StartSpeaking(job, wavPath);
        try
        {
            await work.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new SpeechEngineException($"Windows voices took longer than {timeout.TotalSeconds:0} s and were stopped.", timedOut: true);
        }
    }

    // SAPI cannot be stopped from outside: a timed-out phrase finishes on its pool thread and its file is dropped.
    [SupportedOSPlatform("windows")]
    private static Task StartSpeaking(SpeechJob job, string wavPath) => Task.Run(() => SpeakToFile(job, wavPath), CancellationToken.None);

    [SupportedOSPlatform("windows")]
    private static IReadOnlyList<SpeechVoice> ListWindowsVoices()
    {
        using var synth = new System.Speech.Synthesis.SpeechSynthesizer();
        return [.. synth.GetInstalledVoices().Where(v => v.Enabled)
            .Select(v => new SpeechVoice(v.VoiceInfo.Name, v.VoiceInfo.Name, v.VoiceInfo.Culture.Name.ToLowerInvariant()))];
    }

    [SupportedOSPlatform("windows")]
    private static void SpeakToFile(SpeechJob job, string wavPath)
    {
        try
        {
            using var synth = new System.Speech.Synthesis.SpeechSynthesizer();
            if (!string.IsNullOrEmpty(job.Voice))
            {
                synth.SelectVoice(job.Voice);
            }
            synth.Rate = SapiRate(job.RatePercent);
            synth.SetOutputToWaveFile(wavPath, new System.Speech.AudioFormat.SpeechAudioFormatInfo(
                22050, System.Speech.AudioFormat.AudioBitsPerSample.Sixteen, System.Speech.AudioFormat.AudioChannel.Mono));
            synth.Speak(job.Text);
            synth.SetOutputToNull();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or PlatformNotSupportedException)
        {
            throw new SpeechEngineException($"Windows voices failed: {ex.Message}", inner: ex);
        }
    }
}
