namespace Overlay.Web.Widgets;

/// <summary>
/// A widget instance with its live state. <see cref="Source"/> is an <see cref="IViewSource{TView}"/> of the
/// kind's view: GiftAlertView, ChatTickerView or GoalView. <see cref="Settings"/> is the settings record the state
/// runs with; the page reads the look (and the gift alert's sound) from it.
/// </summary>
public sealed record WidgetHandle(WidgetInstance Instance, object Source, object? Settings = null);
