namespace Overlay.Web.Tts.Engines;

/// <summary>
/// Picks the speech engine of the operating system the app runs on: SAPI on Windows, <c>say</c> on macOS,
/// <c>espeak-ng</c> elsewhere, found on the PATH. Null when none is installed; <see cref="MissingHint"/> then says
/// what to install.
/// </summary>
public sealed class EngineLocator(ProcessRunner runner, TimeSpan timeout)
{
    /// <summary>The engine for this machine, looking for executables in <paramref name="path"/> (the PATH variable's value).</summary>
    public ISpeechEngine? Find(string? path)
    {
        if (OperatingSystem.IsWindows())
        {
            return new SapiEngine(timeout);
        }
        if (OperatingSystem.IsMacOS())
        {
            return FindExecutable(path, SayEngine.Executable) is { } say ? new SayEngine(runner, say, timeout) : null;
        }
        return FindExecutable(path, EspeakEngine.Executable) is { } espeak ? new EspeakEngine(runner, espeak, timeout) : null;
    }

    /// <summary>What the admin says when <see cref="Find"/> found nothing.</summary>
    public static string MissingHint =>
        OperatingSystem.IsMacOS() ? "No speech engine found: the 'say' command is missing from this Mac's PATH."
        : OperatingSystem.IsWindows() ? "No speech engine found: Windows reports no installed voices (Settings → Time & language → Speech)."
        : "No speech engine found: install espeak-ng (Debian/Ubuntu: sudo apt install espeak-ng), then restart the app.";

    /// <summary>The full path of <paramref name="name"/> in one of <paramref name="path"/>'s folders, or null.</summary>
    public static string? FindExecutable(string? path, string name)
    {
        foreach (var folder in (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
