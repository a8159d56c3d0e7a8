namespace Overlay.Web.Widgets;

/// <summary>One widget a streamer added to OBS: its URL is /widgets/{Slug}.</summary>
public sealed record WidgetInstance(string Slug, WidgetKind Kind, string Name);
