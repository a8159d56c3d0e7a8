namespace Overlay.Web.Tts.Engines;

/// <summary>
/// A speech engine of the operating system that writes a phrase to a WAV file. Calls may run at the same time
/// (the caller bounds how many) and must respect the token: a cancelled call leaves no process behind.
/// </summary>
public interface ISpeechEngine
{
    /// <summary>What the admin calls it, e.g. "espeak-ng".</summary>
    string Name { get; }

    /// <summary>The language of the engine's default voice, for picking per-viewer voices when no voice is set.</summary>
    string DefaultLanguage { get; }

    Task<IReadOnlyList<SpeechVoice>> ListVoicesAsync(CancellationToken cancellationToken);

    /// <exception cref="SpeechEngineException">The engine failed; the message says how, for the admin.</exception>
    Task SynthesizeAsync(SpeechJob job, string wavPath, CancellationToken cancellationToken);
}
