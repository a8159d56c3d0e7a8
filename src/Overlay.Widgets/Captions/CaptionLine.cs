namespace Overlay.Widgets.Captions;

/// <summary>One caption line; a partial one (<see cref="IsFinal"/> false) is replaced in place until it is final. Untrusted text.</summary>
public sealed record CaptionLine(long Id, string Text, bool IsFinal);
