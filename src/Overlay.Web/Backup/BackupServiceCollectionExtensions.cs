namespace Overlay.Web.Backup;

public static class BackupServiceCollectionExtensions
{
    /// <summary>The backup and its built-in sections, in the order they are written and applied.</summary>
    public static IServiceCollection AddBackup(this IServiceCollection services)
    {
        services.AddSingleton<IBackupSection, ConnectionBackupSection>();
        services.AddSingleton<IBackupSection, WidgetsBackupSection>();
        services.AddSingleton<IBackupSection, MediaBackupSection>();
        services.AddSingleton<IBackupSection, RulesBackupSection>();
        services.AddSingleton<IBackupSection, ObsBackupSection>();
        services.AddSingleton<SettingsBackup>();
        return services;
    }
}
