namespace Overlay.Web.Tts.Synthesis;

/// <summary>A clip ready to play: its cache id, public URL and how long it plays (from its WAV header).</summary>
public sealed record SpeechClipMade(string Id, string Url, TimeSpan Duration);
