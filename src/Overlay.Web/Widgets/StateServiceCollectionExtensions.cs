using Overlay.Web.Media;
using Overlay.Web.Pipeline;
using Microsoft.Extensions.Options;
using Overlay.Web.Events;

namespace Overlay.Web.Widgets;

public static class StateServiceCollectionExtensions
{
    public static WebApplicationBuilder AddOverlayState(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EventsOptions>().BindConfiguration(EventsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EventsOptions>, EventsOptionsValidator>();
        services.AddOptions<WidgetOptions>().BindConfiguration(WidgetOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WidgetOptions>, WidgetOptionsValidator>();

        services.AddSingleton<EventHub>();
        services.AddSingleton<WidgetRegistry>();
        services.AddSingleton<GoalProgressStore>();
        services.AddSingleton<StreamPhase>();
        services.AddSingleton<WidgetStateFactory>();
        services.AddSingleton(sp => new SoundLibrary(sp.GetRequiredService<IWebHostEnvironment>().WebRootPath));
        services.AddSingleton(sp => new ImageLibrary(sp.GetRequiredService<IWebHostEnvironment>().WebRootPath));
        services.AddSingleton(sp => new VideoLibrary(sp.GetRequiredService<IWebHostEnvironment>().WebRootPath));
        services.AddSingleton<AlertMedia>();
        services.AddSingleton<GiftComboTracker>();
        services.AddSingleton<EventRules>();
        services.AddSingleton<EventPipeline>();

        // Order matters: hosted services start in registration order, and the widgets must be subscribed to the
        // hub before the pipeline publishes anything.
        services.AddSingleton<LeaderboardTracker>();
        services.AddHostedService(sp => sp.GetRequiredService<LeaderboardTracker>());
        services.AddHostedService<DefaultWidgets>();
        services.AddHostedService<StreamEndWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<EventPipeline>());
        return builder;
    }
}
