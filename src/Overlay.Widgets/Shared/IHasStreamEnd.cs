namespace Overlay.Widgets.Shared;

/// <summary>
/// Settings of a widget that reacts when the stream ends: hide, show a message, or (neither) keep showing as is.
/// Any kind can opt in: carry these two fields, put a <see cref="StreamEndView"/> in its view and wrap its markup
/// in <see cref="StreamEndGate"/>.
/// </summary>
public interface IHasStreamEnd
{
    /// <summary>Hide the widget once the stream has ended, until the next stream starts.</summary>
    bool HideWhenStreamEnds { get; }

    /// <summary>Shown in place of the widget once the stream has ended; empty keeps the widget as it is.</summary>
    string StreamEndedText { get; }
}
