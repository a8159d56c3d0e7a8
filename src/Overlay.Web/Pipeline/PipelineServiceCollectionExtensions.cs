using Microsoft.Extensions.Options;
using Overlay.Web.Events;

namespace Overlay.Web.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>The hub and everything between the parser and the widgets. Call after <c>AddWidgets</c> (see there).</summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services)
    {
        services.AddOptions<EventsOptions>().BindConfiguration(EventsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EventsOptions>, EventsOptionsValidator>();
        services.AddSingleton<EventHub>();
        services.AddSingleton<StreamPhase>();
        services.AddSingleton<GiftComboTracker>();
        services.AddSingleton<EventRules>();
        services.AddSingleton<EventPipeline>();
        services.AddHostedService<StreamEndWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<EventPipeline>());
        return services;
    }
}
