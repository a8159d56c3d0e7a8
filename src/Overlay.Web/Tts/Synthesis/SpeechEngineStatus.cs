using Overlay.Web.Localization;
using Overlay.Web.Tts.Engines;

namespace Overlay.Web.Tts.Synthesis;

/// <summary>
/// What the admin shows about speech: the engine (null when none was found), its voices, the latest problem
/// (null when the last phrase worked; the admin shows it translated) and the failure counts.
/// </summary>
public sealed record SpeechEngineStatus(
    string? Engine,
    IReadOnlyList<SpeechVoice> Voices,
    LocalText? ProblemText,
    long Made,
    IReadOnlyDictionary<string, long> Failures)
{
    public bool HasEngine => Engine is not null;

    /// <summary>The problem in English, as logged.</summary>
    public string? Problem => ProblemText?.ToString();
}
