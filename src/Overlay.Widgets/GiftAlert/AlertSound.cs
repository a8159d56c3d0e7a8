namespace Overlay.Widgets.GiftAlert;

/// <summary>
/// A sound to play once as each alert appears. The component only renders an &lt;audio data-overlay-sound&gt; per
/// alert; the host page plays it (volume needs script) and stops any other, so two never overlap.
/// </summary>
/// <param name="Url">A same-origin URL of an audio file.</param>
/// <param name="Volume">0–1.</param>
public sealed record AlertSound(string Url, double Volume);
