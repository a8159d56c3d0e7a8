namespace Overlay.Web.Tts.Engines;

/// <summary>
/// An engine failed (exit code, no start) or ran out of time (<see cref="TimedOut"/>). The message is for the admin
/// and the log; it never holds the viewer's text.
/// </summary>
public sealed class SpeechEngineException(string message, bool timedOut = false, Exception? inner = null) : Exception(message, inner)
{
    public bool TimedOut => timedOut;
}
