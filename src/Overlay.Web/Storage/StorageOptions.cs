namespace Overlay.Web.Storage;

/// <summary>
/// The <c>Storage</c> config section: where the settings database lives. The default is a per-user data folder,
/// never the repository or the install folder, so an update or a <c>git clean</c> never wipes a streamer's setup.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string AppFolderName = "TikTokLiveOverlay";

    public const string FileName = "overlay.db";

    /// <summary>Full path of the SQLite file. Empty means <see cref="DefaultPath"/>.</summary>
    public string Path { get; set; } = "";

    /// <summary><see cref="Path"/>, or the per-user default when it is empty.</summary>
    public string ResolvedPath => string.IsNullOrWhiteSpace(Path) ? DefaultPath() : System.IO.Path.GetFullPath(Path);

    /// <summary>LocalApplicationData/TikTokLiveOverlay/overlay.db; "" when the OS reports no such folder.</summary>
    public static string DefaultPath()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(root) ? "" : System.IO.Path.Combine(root, AppFolderName, FileName);
    }
}
