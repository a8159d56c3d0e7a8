namespace Overlay.Web.Tts.Engines;

/// <summary>
/// espeak-ng (Linux): writes a 22 kHz mono WAV with <c>-w</c>, reads the text as UTF-8 from standard input (so a
/// message starting with "-" is never an option), <c>--voices</c> lists the voices.
/// </summary>
public sealed class EspeakEngine(ProcessRunner runner, string executable, TimeSpan timeout) : ISpeechEngine
{
    public const string Executable = "espeak-ng";

    /// <summary>espeak-ng's default speed in words per minute; the rate percent scales it.</summary>
    public const int NormalWordsPerMinute = 175;

    public string Name => Executable;

    public string DefaultLanguage => "en";

    public static IReadOnlyList<string> SynthesisArguments(SpeechJob job, string wavPath)
    {
        List<string> args = ["-b", "1", "-w", wavPath, "-s", WordsPerMinute(job.RatePercent).ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (!string.IsNullOrEmpty(job.Voice))
        {
            args.AddRange(["-v", job.Voice]);
        }
        args.Add("--stdin");
        return args;
    }

    public static int WordsPerMinute(int ratePercent) => Math.Clamp(NormalWordsPerMinute * ratePercent / 100, 80, 450);

    public async Task<IReadOnlyList<SpeechVoice>> ListVoicesAsync(CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(executable, ["--voices"], null, timeout, cancellationToken);
        if (result.TimedOut || result.ExitCode != 0)
        {
            throw new SpeechEngineException(Failure("listing voices", result), result.TimedOut);
        }
        return ParseVoices(result.StandardOutput);
    }

    public async Task SynthesizeAsync(SpeechJob job, string wavPath, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(executable, SynthesisArguments(job, wavPath), job.Text, timeout, cancellationToken);
        if (result.TimedOut || result.ExitCode != 0)
        {
            throw new SpeechEngineException(Failure("speaking", result), result.TimedOut);
        }
        // espeak-ng exits 0 even when it could not write the file; it only says so.
        if (!File.Exists(wavPath) || new FileInfo(wavPath).Length == 0)
        {
            throw new SpeechEngineException($"{Name} wrote no audio: {FirstLine(result.StandardError + "\n" + result.StandardOutput)}");
        }
    }

    /// <summary>
    /// <c>--voices</c> prints a header, then "Pty Language Age/Gender VoiceName File [Other languages]" per voice;
    /// names use underscores for spaces, so whitespace splits the columns.
    /// </summary>
    public static IReadOnlyList<SpeechVoice> ParseVoices(string output)
    {
        var voices = new List<SpeechVoice>();
        foreach (var line in output.Split('\n').Skip(1))
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (columns.Length < 5 || !int.TryParse(columns[0], out _))
            {
                continue;
            }
            voices.Add(new SpeechVoice(columns[1], columns[3].Replace('_', ' '), columns[1]));
        }
        return voices;
    }

    private string Failure(string doing, ProcessResult result) =>
        result.TimedOut ? $"{Name} took longer than {timeout.TotalSeconds:0} s {doing} and was stopped."
        : $"{Name} failed {doing} (exit code {result.ExitCode}): {FirstLine(result.StandardError)}";

    internal static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
        return line.Length > 200 ? line[..200] : line;
    }
}
