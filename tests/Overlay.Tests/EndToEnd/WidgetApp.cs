using Overlay.Web.Widgets;
using Microsoft.Extensions.DependencyInjection;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Components;

namespace Overlay.Tests.EndToEnd;

/// <summary>Starts the real app with the given widgets already registered, before it accepts a request.</summary>
public static class WidgetApp
{
    public static Task<RunningApp> StartAsync(IEnumerable<WidgetHandle> widgets, int port = 0)
    {
        var registry = new WidgetRegistry();
        foreach (var widget in widgets)
        {
            registry.Add(widget);
        }
        // Registered up front, not after start: a page reloading into a restarted app must find its widget at once.
        return RunningApp.StartAsync(
            configure: builder => builder.Services.AddSingleton(registry),
            port: port,
            cancellationToken: TestContext.Current.CancellationToken);
    }

    public static WidgetHandle Handle<TSettings, TView>(string slug, WidgetKind<TSettings, TView> kind, TestViewSource<TView> source)
        where TSettings : class, new()
        where TView : class =>
        kind.Handle(new WidgetInstance(slug, kind, slug), source);

    public static string PageUrl(this RunningApp app, string slug) => app.Url(WidgetRoutes.For(slug)).ToString();
}
