using System.Globalization;
using System.Text.RegularExpressions;

namespace Overlay.Web.Tts.Engines;

/// <summary>
/// macOS <c>say</c>: <c>-o file --data-format=LEI16@22050</c> writes a 16-bit 22 kHz WAV, <c>-f -</c> reads the
/// text from standard input, <c>-v '?'</c> lists the voices.
/// </summary>
public sealed partial class SayEngine(ProcessRunner runner, string executable, TimeSpan timeout) : ISpeechEngine
{
    public const string Executable = "say";

    /// <summary>say's default speed is about 175–200 words per minute; the rate percent scales 175.</summary>
    public const int NormalWordsPerMinute = 175;

    public string Name => Executable;

    public string DefaultLanguage => "en";

    public static IReadOnlyList<string> SynthesisArguments(SpeechJob job, string wavPath)
    {
        List<string> args = ["-o", wavPath, "--file-format=WAVE", "--data-format=LEI16@22050",
            "-r", Math.Clamp(NormalWordsPerMinute * job.RatePercent / 100, 80, 450).ToString(CultureInfo.InvariantCulture)];
        if (!string.IsNullOrEmpty(job.Voice))
        {
            args.AddRange(["-v", job.Voice]);
        }
        args.AddRange(["-f", "-"]);
        return args;
    }

    public async Task<IReadOnlyList<SpeechVoice>> ListVoicesAsync(CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(executable, ["-v", "?"], null, timeout, cancellationToken);
        if (result.TimedOut || result.ExitCode != 0)
        {
            throw new SpeechEngineException(result.TimedOut ? "say took too long listing voices." : $"say failed listing voices: {EspeakEngine.FirstLine(result.StandardError)}", result.TimedOut);
        }
        return ParseVoices(result.StandardOutput);
    }

    public async Task SynthesizeAsync(SpeechJob job, string wavPath, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(executable, SynthesisArguments(job, wavPath), job.Text, timeout, cancellationToken);
        if (result.TimedOut || result.ExitCode != 0)
        {
            throw new SpeechEngineException(result.TimedOut
                ? $"say took longer than {timeout.TotalSeconds:0} s and was stopped."
                : $"say failed (exit code {result.ExitCode}): {EspeakEngine.FirstLine(result.StandardError)}", result.TimedOut);
        }
    }

    /// <summary>Lines such as "Alex                en_US    # Most people recognize me by my voice."; names may hold spaces.</summary>
    public static IReadOnlyList<SpeechVoice> ParseVoices(string output)
    {
        var voices = new List<SpeechVoice>();
        foreach (var line in output.Split('\n'))
        {
            var match = VoiceLine().Match(line);
            if (match.Success)
            {
                var name = match.Groups["name"].Value.Trim();
                voices.Add(new SpeechVoice(name, name, match.Groups["lang"].Value.Replace('_', '-').ToLowerInvariant()));
            }
        }
        return voices;
    }

    [GeneratedRegex(@"^(?<name>\S.*?)\s+(?<lang>[a-z]{2,3}[_-][A-Za-z0-9]+)\s+#")]
    private static partial Regex VoiceLine();
}
