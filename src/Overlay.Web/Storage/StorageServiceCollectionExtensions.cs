using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Overlay.Web.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The application name Data Protection isolates this app's keys under.</summary>
    public const string DataProtectionName = "TikTokLiveOverlay";

    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        // The key ring sits beside the settings file it protects; the admin cookie and antiforgery use it too,
        // so sign-ins survive a restart.
        services.AddDataProtection().SetApplicationName(DataProtectionName);
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<StorageOptions>, TimeProvider, ILoggerFactory>(
            (options, storage, time, loggers) => KeyRingFolder.Configure(options, storage.Value.ResolvedPath, time, loggers));
        services.AddSingleton<SecretProtector>();
        services.AddSingleton<OverlayStore>();
        services.AddSingleton<ConnectionSettingsRepository>();
        services.AddSingleton<WidgetInstanceRepository>();
        services.AddSingleton<GoalProgressRepository>();
        services.AddSingleton<LeaderboardRepository>();
        services.AddSingleton<GiftCatalogRepository>();
        services.AddSingleton<FirstRunRepository>();
        return services;
    }
}
