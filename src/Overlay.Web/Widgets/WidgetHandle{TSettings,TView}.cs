using Microsoft.AspNetCore.Components;
using Overlay.Web.Components.Pages.Widgets;
using Overlay.Widgets.Shared;

namespace Overlay.Web.Widgets;

/// <summary>A widget instance of one kind: its typed state, settings and descriptor.</summary>
public sealed class WidgetHandle<TSettings, TView>(
    WidgetInstance instance, WidgetKind<TSettings, TView> kind, IViewSource<TView> state, TSettings settings) : WidgetHandle
    where TSettings : class, new()
    where TView : class
{
    public override WidgetInstance Instance => instance;

    public WidgetKind<TSettings, TView> Kind => kind;

    public IViewSource<TView> State => state;

    public TSettings Settings => settings;

    public override IViewSource<object> Source => state;

    public override WidgetLook? Look => WidgetKind.LookOf(settings);

    public override bool TakesSettingsInPlace => state is IReconfigurable<TSettings>;

    public override WidgetHandle Reconfigure(WidgetInstance instance, object settings)
    {
        var reconfigurable = state as IReconfigurable<TSettings>
            ?? throw new InvalidOperationException($"The {kind.Name} state of {instance.Slug} does not take settings in place.");
        var typed = kind.Checked(instance, settings);
        reconfigurable.Reconfigure(typed);
        return new WidgetHandle<TSettings, TView>(instance, kind, state, typed);
    }

    public override RenderFragment Render(WidgetPageContext page) => builder =>
    {
        // Keyed by the state, so a new state (new settings) gets a fresh boundary and render pacer.
        builder.OpenComponent<WidgetErrorBoundary>(0);
        builder.SetKey(state);
        builder.AddComponentParameter(1, nameof(WidgetErrorBoundary.Source), state);
        builder.AddComponentParameter(2, nameof(WidgetErrorBoundary.ChildContent), (RenderFragment)(live =>
        {
            live.OpenComponent<LiveWidget<TView>>(0);
            live.AddComponentParameter(1, nameof(LiveWidget<TView>.Source), state);
            live.AddComponentParameter(2, nameof(LiveWidget<TView>.ChildContent), (RenderFragment<TView>)(view => kind.Render(view, page)));
            live.CloseComponent();
        }));
        builder.CloseComponent();
    };
}
