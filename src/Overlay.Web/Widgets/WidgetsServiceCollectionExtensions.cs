using Microsoft.Extensions.Options;

namespace Overlay.Web.Widgets;

public static class WidgetsServiceCollectionExtensions
{
    /// <summary>
    /// Widget instances and their states. Call before <c>AddPipeline</c>: hosted services start in registration
    /// order, and every widget must be subscribed to the hub before the pipeline publishes anything.
    /// </summary>
    public static IServiceCollection AddWidgets(this IServiceCollection services)
    {
        services.AddOptions<WidgetOptions>().BindConfiguration(WidgetOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WidgetOptions>, WidgetOptionsValidator>();
        services.AddSingleton<WidgetRegistry>();
        services.AddSingleton<GoalProgressStore>();
        services.AddSingleton<WidgetStateFactory>();
        services.AddSingleton<LeaderboardTracker>();
        services.AddHostedService(sp => sp.GetRequiredService<LeaderboardTracker>());
        // Builds every instance once, from the store (seeded with each kind's default instance on the first start).
        services.AddSingleton<WidgetInstanceService>();
        services.AddHostedService(sp => sp.GetRequiredService<WidgetInstanceService>());
        return services;
    }
}
