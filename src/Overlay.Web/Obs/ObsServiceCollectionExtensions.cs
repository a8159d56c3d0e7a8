using Overlay.Web.Obs.Actions;
using Overlay.Web.Obs.Client;
using Overlay.Web.Obs.Settings;
using Overlay.Web.Obs.Setup;

namespace Overlay.Web.Obs;

public static class ObsServiceCollectionExtensions
{
    public static IServiceCollection AddObs(this IServiceCollection services)
    {
        services.AddSingleton<ObsSettingsRepository>();
        // One instance is the hosted connect loop and what actions, setup and the admin ask OBS through.
        services.AddSingleton<ObsConnection>();
        services.AddHostedService(sp => sp.GetRequiredService<ObsConnection>());
        services.AddSingleton<IObsActions>(sp => new ObsActions(sp.GetRequiredService<ObsConnection>()));
        services.AddSingleton<ObsLookups>();
        services.AddSingleton<ObsWidgetUrls>();
        services.AddSingleton<ObsSetup>();
        return services;
    }
}
