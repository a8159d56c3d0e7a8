using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Overlay.Web.Storage;

namespace Overlay.Tests.Storage;

/// <summary>A real Data Protection key ring in the key folder beside a store's file, as the app sets it up.</summary>
public static class TestSecrets
{
    public static SecretProtector For(OverlayStore store) => For(store.FilePath);

    public static SecretProtector For(string settingsFile) => new(
        DataProtectionProvider.Create(new DirectoryInfo(KeyRingFolder.For(settingsFile)),
            b => b.SetApplicationName(StorageServiceCollectionExtensions.DataProtectionName)),
        NullLogger<SecretProtector>.Instance);

    public static ConnectionSettingsRepository Repository(OverlayStore store) => new(store, For(store));
}
