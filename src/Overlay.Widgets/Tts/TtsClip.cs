namespace Overlay.Widgets.Tts;

/// <summary>The clip being played: a same-origin WAV URL, its volume (0–1) and the text it reads (viewer text, untrusted).</summary>
public sealed record TtsClip(long Id, string Url, double Volume, string Text);
