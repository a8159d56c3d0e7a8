
using Overlay.Web.Widgets;

namespace Overlay.Web.Storage;

/// <summary>
/// A saved widget instance. <see cref="SettingsJson"/> is the kind's settings record serialised with
/// <see cref="WidgetSettingsJson"/>; it stays a string here so storage never needs to know every widget type.
/// </summary>
public sealed record StoredWidget(string Slug, WidgetKind Kind, string Name, string SettingsJson);
