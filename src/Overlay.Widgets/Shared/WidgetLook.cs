namespace Overlay.Widgets.Shared;

/// <summary>
/// How a widget instance looks, the same fields for every kind: they become CSS custom properties on the widget's
/// root, so a component's stylesheet decides what each one colours. Empty means the component's own default.
/// </summary>
public sealed record WidgetLook
{
    /// <summary>Main text colour (a CSS colour: #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba(), hsl()/hsla() or a name).</summary>
    public string TextColor { get; init; } = "";

    /// <summary>Highlight colour: nicknames, bar fill, alert accent.</summary>
    public string AccentColor { get; init; } = "";

    /// <summary>Panel/background colour behind text; empty keeps the transparent default.</summary>
    public string BackgroundColor { get; init; } = "";

    /// <summary>Font family names, comma-separated (e.g. <c>Comic Sans MS, cursive</c>); empty keeps the widget's default stack (which always ends with emoji fonts).</summary>
    public string FontFamily { get; init; } = "";

    /// <summary>Font size in px; 0 keeps the widget's size, which scales with the canvas.</summary>
    public double FontSize { get; init; }

    /// <summary>The streamer's own CSS for this instance, added after the widget's stylesheet.</summary>
    public string CustomCss { get; init; } = "";
}

/// <summary>Settings that carry a <see cref="WidgetLook"/>; the host applies it around any widget.</summary>
public interface IHasLook
{
    WidgetLook Look { get; }
}
