using Microsoft.Extensions.Options;

namespace Overlay.Web.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton<OverlayStore>();
        services.AddSingleton<ConnectionSettingsRepository>();
        services.AddSingleton<WidgetInstanceRepository>();
        services.AddSingleton<GoalProgressRepository>();
        services.AddSingleton<LeaderboardRepository>();
        return services;
    }
}
