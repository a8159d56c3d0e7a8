namespace Overlay.Web.Tts.Engines;

/// <summary>One phrase to make: the text, the voice id (null = the engine's default) and the rate in percent of normal.</summary>
public sealed record SpeechJob(string Text, string? Voice, int RatePercent);
