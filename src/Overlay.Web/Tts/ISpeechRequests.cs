namespace Overlay.Web.Tts;

/// <summary>
/// How other features (an Actions &amp; Events rule's "speak" action) have text read aloud on the TTS widgets,
/// through the same queue, cap, length limit and alert-sound ordering as chat and gifts.
/// </summary>
public interface ISpeechRequests
{
    /// <summary>
    /// Queues <paramref name="text"/> on the enabled TTS widget with <paramref name="widgetSlug"/>, or on every
    /// enabled TTS widget when it is null. False when no enabled widget took it (none enabled, queue full, or the
    /// text was empty after the filters). Never blocks on the speech engine.
    /// </summary>
    bool Enqueue(string text, string? voice = null, string? widgetSlug = null);
}
