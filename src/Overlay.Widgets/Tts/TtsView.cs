namespace Overlay.Widgets.Tts;

/// <summary>
/// What the TTS page plays (<see cref="Current"/>, null while silent) and, for the admin, what waits. The page
/// renders only the clip: the waiting list changes nothing on stream.
/// </summary>
public sealed record TtsView(bool Enabled, TtsClip? Current, IReadOnlyList<TtsQueueEntry> Waiting, bool ShowCaption)
{
    public static TtsView Empty { get; } = new(false, null, [], false);
}
