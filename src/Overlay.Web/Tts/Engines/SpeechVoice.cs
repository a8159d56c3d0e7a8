namespace Overlay.Web.Tts.Engines;

/// <summary>An installed voice: <paramref name="Id"/> is what the engine takes (and settings store), <paramref name="Language"/> e.g. "en-us".</summary>
public sealed record SpeechVoice(string Id, string Label, string Language);
