using Overlay.Web.Tts.Queue;
using Overlay.Web.Widgets;
using Overlay.Widgets.Tts;

namespace Overlay.Web.Tts;

/// <summary>
/// The TTS widgets as other features see them: <see cref="ISpeechRequests"/> for rules, and the list the admin's
/// Text to speech page shows. Reads the registry each time, so a widget added or reconfigured is seen at once.
/// </summary>
public sealed class SpeechRequests(WidgetRegistry registry) : ISpeechRequests
{
    public bool Enqueue(string text, string? voice = null, string? widgetSlug = null)
    {
        var taken = false;
        foreach (var (instance, state) in Widgets())
        {
            if ((widgetSlug is null || string.Equals(instance.Slug, widgetSlug, StringComparison.OrdinalIgnoreCase)) && state.Say(text, voice))
            {
                taken = true;
            }
        }
        return taken;
    }

    /// <summary>Every TTS widget with its live state, in the admin's order.</summary>
    public IReadOnlyList<(WidgetInstance Instance, TtsState State)> Widgets() =>
        [.. registry.All.OfType<WidgetHandle<TtsSettings, TtsView>>().Where(h => h.State is TtsState).Select(h => (h.Instance, (TtsState)h.State))];
}
