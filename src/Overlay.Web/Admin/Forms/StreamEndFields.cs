using Overlay.Widgets.Shared;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Web.Admin.Forms;

/// <summary>The two "when the stream ends" fields, the same for every kind whose settings opt into <see cref="IHasStreamEnd"/>.</summary>
internal static class StreamEndFields
{
    public static DefinitionBuilder<T> StreamEnd<T>(this DefinitionBuilder<T> builder, Func<T, bool, T> setHide, Func<T, string, T> setText)
        where T : class, IHasStreamEnd, new() =>
        builder
            .Switch("hideWhenStreamEnds", "Hide when the stream ends", "Hidden until the next LIVE starts.",
                s => s.HideWhenStreamEnds, setHide)
            .Text("streamEndedText", "Stream ended message", "Shown instead of the widget once the stream has ended. Empty keeps the widget as it is.",
                s => s.StreamEndedText, setText, StreamEndView.MaxMessageLength, defaultText: WidgetText.StreamEnded);
}
