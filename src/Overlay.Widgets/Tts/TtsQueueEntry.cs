namespace Overlay.Widgets.Tts;

/// <summary>A message waiting to be read, as the admin lists it. <see cref="Ready"/>: its audio is made.</summary>
public sealed record TtsQueueEntry(long Id, string Text, string Source, bool Ready);
