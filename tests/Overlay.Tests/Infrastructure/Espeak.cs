using Overlay.Web.Tts.Engines;

namespace Overlay.Tests.Infrastructure;

/// <summary>
/// Whether this machine has espeak-ng, the way the app looks for it (the PATH). Engine tests check the real audio
/// when it is there and the "no engine found" path when it is not, so they test something on every machine.
/// </summary>
public static class Espeak
{
    public static string? Path => EngineLocator.FindExecutable(Environment.GetEnvironmentVariable("PATH"), EspeakEngine.Executable);

    public static bool Installed => Path is not null;

    /// <summary>sox, for checking the WAV's duration independently; null when not installed.</summary>
    public static string? Sox => EngineLocator.FindExecutable(Environment.GetEnvironmentVariable("PATH"), "sox");
}
