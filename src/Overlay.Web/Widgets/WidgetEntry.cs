

namespace Overlay.Web.Widgets;

/// <summary>A widget instance as the admin lists it: the instance and its current settings record.</summary>
public sealed record WidgetEntry(WidgetInstance Instance, object Settings)
{
    public string Path => "/widgets/" + Instance.Slug;
}
