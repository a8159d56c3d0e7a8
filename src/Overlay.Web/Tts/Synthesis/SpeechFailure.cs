namespace Overlay.Web.Tts.Synthesis;

/// <summary>Why a phrase was not spoken as asked; each is counted in /healthz under tts.failures.</summary>
public enum SpeechFailure
{
    /// <summary>No engine is installed.</summary>
    NoEngine,

    /// <summary>The engine exited with an error or could not start.</summary>
    EngineFailed,

    /// <summary>The engine took longer than Tts:TimeoutSeconds and was stopped.</summary>
    Timeout,

    /// <summary>The engine wrote no playable WAV.</summary>
    BadAudio,

    /// <summary>The chosen voice is not installed; the phrase was spoken with the default voice.</summary>
    MissingVoice,
}
