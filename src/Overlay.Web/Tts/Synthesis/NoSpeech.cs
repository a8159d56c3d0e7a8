using Overlay.Web.Tts.Engines;

namespace Overlay.Web.Tts.Synthesis;

/// <summary>Speech where none was wired (states built by hand in tests): every phrase fails, as with no engine.</summary>
public sealed class NoSpeech : ISpeechClips
{
    public static NoSpeech Instance { get; } = new();

    public IReadOnlyList<SpeechVoice> Voices => [];

    public string DefaultLanguage => "en";

    public Task<SpeechClipMade?> MakeAsync(string text, string? voice, int ratePercent, CancellationToken cancellationToken) =>
        Task.FromResult<SpeechClipMade?>(null);
}
