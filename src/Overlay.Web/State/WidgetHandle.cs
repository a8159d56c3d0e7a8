namespace Overlay.Web.State;

/// <summary>
/// A widget instance with its live state. <see cref="Source"/> is an <see cref="IViewSource{TView}"/> of the
/// kind's view: GiftAlertView, ChatTickerView or GoalView.
/// </summary>
public sealed record WidgetHandle(WidgetInstance Instance, object Source);
