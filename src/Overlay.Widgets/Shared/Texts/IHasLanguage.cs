namespace Overlay.Widgets.Shared.Texts;

/// <summary>
/// Settings whose built-in texts (default labels, templates, captions) come in the instance's language. Only the
/// defaults follow it: a text the streamer typed is shown exactly as typed.
/// </summary>
public interface IHasLanguage
{
    /// <summary>A culture name from <see cref="WidgetLanguages.All"/>; stored instances without one read as English.</summary>
    string Language { get; }
}
