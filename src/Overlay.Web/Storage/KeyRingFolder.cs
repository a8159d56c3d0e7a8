using System.Xml;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Overlay.Web.Storage;

/// <summary>
/// Where the Data Protection key ring lives: a <c>keys</c> folder beside the settings file, owner-only on Unix,
/// each key DPAPI-encrypted to the Windows user. A ring whose files cannot be parsed is moved aside whole
/// (<c>keys.broken-…</c>) and a new one starts, so a damaged ring costs the saved key, never the app's start.
/// </summary>
public static partial class KeyRingFolder
{
    public const string FolderName = "keys";

    public static string For(string settingsFile) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(settingsFile)) ?? ".", FolderName);

    /// <summary>Points Data Protection at the folder beside <paramref name="settingsFile"/>, after making it usable.</summary>
    public static void Configure(KeyManagementOptions options, string settingsFile, TimeProvider time, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(KeyRingFolder));
        var folder = For(settingsFile);
        try
        {
            Prepare(folder, time, logger);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Data Protection then keeps its keys in memory: saving a key fails with a clear message.
            LogUnusable(logger, folder, ex.Message);
            return;
        }
        options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), loggers);
        if (OperatingSystem.IsWindows())
        {
            options.XmlEncryptor = new DpapiXmlEncryptor(protectToLocalMachine: false, loggers);
        }
    }

    internal static void Prepare(string folder, TimeProvider time, ILogger logger)
    {
        if (Directory.Exists(folder) && !AllKeysParse(folder))
        {
            var aside = folder + ".broken-" + time.GetUtcNow().ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
            Directory.Move(folder, aside);
            LogMovedAside(logger, aside);
        }
        // The settings folder first, so it too is created owner-only (the store may not have opened yet).
        OwnerOnly.CreateFolder(Path.GetDirectoryName(folder) ?? ".");
        OwnerOnly.CreateFolder(folder);
    }

    private static bool AllKeysParse(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml"))
        {
            try
            {
                using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
                while (reader.Read())
                {
                }
            }
            catch (XmlException)
            {
                return false;
            }
        }
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The key ring was damaged and was moved to {Folder}; re-enter your API key in the admin")]
    private static partial void LogMovedAside(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "The key ring folder {Folder} cannot be used ({Problem}); secrets cannot be saved")]
    private static partial void LogUnusable(ILogger logger, string folder, string problem);
}
