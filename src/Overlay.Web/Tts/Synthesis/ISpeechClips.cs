using Overlay.Web.Tts.Engines;

namespace Overlay.Web.Tts.Synthesis;

/// <summary>What a TTS widget needs from speech: clips for text, and the installed voices for per-viewer voices.</summary>
public interface ISpeechClips
{
    IReadOnlyList<SpeechVoice> Voices { get; }

    /// <summary>The language per-viewer voices come from when no voice is set.</summary>
    string DefaultLanguage { get; }

    /// <summary>The clip, or null when it could not be made (the maker counted and reported why). Never throws but for cancellation.</summary>
    Task<SpeechClipMade?> MakeAsync(string text, string? voice, int ratePercent, CancellationToken cancellationToken);
}
