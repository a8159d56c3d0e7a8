using Microsoft.AspNetCore.Components;
using Overlay.Web.Components.Pages.Widgets;
using Overlay.Widgets.Shared;

namespace Overlay.Web.Widgets;

/// <summary>
/// A widget instance with its live state, as the registry, the admin and the widget page see it whatever its kind.
/// The one implementation is <see cref="WidgetHandle{TSettings, TView}"/>, which keeps the types.
/// </summary>
public abstract class WidgetHandle
{
    public abstract WidgetInstance Instance { get; }

    /// <summary>The state, seen as a source of some view: what a page or the admin subscribes to.</summary>
    public abstract IViewSource<object> Source { get; }

    /// <summary>The instance's look, which the page turns into custom properties and its own CSS.</summary>
    public abstract WidgetLook? Look { get; }

    /// <summary>Whether <see cref="Reconfigure"/> applies new settings to the running state (keeping what it shows).</summary>
    public abstract bool TakesSettingsInPlace { get; }

    /// <summary>The kind's component, live: error boundary, render pacing and the component itself.</summary>
    public abstract RenderFragment Render(WidgetPageContext page);

    /// <summary>Hands checked settings to the running state and returns the handle the registry should announce.</summary>
    /// <exception cref="ArgumentException">The settings are of another kind, or out of range; nothing changed.</exception>
    /// <exception cref="InvalidOperationException">The state does not take settings in place (<see cref="TakesSettingsInPlace"/>).</exception>
    public abstract WidgetHandle Reconfigure(WidgetInstance instance, object settings);

    /// <summary>Ends the state's hub subscription and timers.</summary>
    public void Dispose() => (Source as IDisposable)?.Dispose();
}
