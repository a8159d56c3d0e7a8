using Overlay.Web.Events;

namespace Overlay.Web.State;

public static class StateServiceCollectionExtensions
{
    public static WebApplicationBuilder AddOverlayState(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EventHub>();
        builder.Services.AddSingleton<WidgetRegistry>();
        return builder;
    }
}
