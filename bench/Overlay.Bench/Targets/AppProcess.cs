namespace Overlay.Bench.Targets;

/// <summary>
/// The app, started as a user would (the Release build of src/Overlay.Web), pointed at the generator through
/// the Upstream settings. <paramref name="settings"/> are extra configuration keys in environment form
/// (Widgets__GiftAlert__DisplaySeconds).
/// </summary>
/// <remarks>
/// Every run gets its own new store file. The app seeds its widgets from configuration only into an empty store, so
/// with the user's store a run would use whatever was saved there (and add to its leaderboards and goals).
/// </remarks>
public sealed class AppProcess(ChildProcess process, string storeFolder) : ITarget
{
    public string Name => process.Name;

    public ChildProcess Process => process;

    public static async Task<AppProcess> StartAsync(Uri upstream, IReadOnlyDictionary<string, string> settings,
        CancellationToken cancellationToken, IReadOnlyDictionary<string, Overlay.Web.Widgets.WidgetKind>? extraWidgets = null)
    {
        var storeFolder = Directory.CreateTempSubdirectory("overlay-bench-").FullName;
        var environment = new Dictionary<string, string>(settings)
        {
            ["Upstream__Url"] = upstream.ToString(),
            ["Upstream__UniqueId"] = "bench",
            ["Upstream__ApiKey"] = "tk_bench",
            ["Storage__Path"] = Path.Combine(storeFolder, "overlay.db"),
            // A benchmark run must not open the admin in the desktop's browser.
            ["Hosting__OpenBrowser"] = "false",
        };
        try
        {
            StoreSeed.AddWidgets(Path.Combine(storeFolder, "overlay.db"), extraWidgets ?? new Dictionary<string, Overlay.Web.Widgets.WidgetKind>());
            return new(await ChildProcess.StartAsync("app", RepoPaths.AppDll, [], environment, cancellationToken), storeFolder);
        }
        catch
        {
            Directory.Delete(storeFolder, recursive: true);
            throw;
        }
    }

    public Uri? PageUrl(string widget) => new(process.BaseUri, $"widgets/{widget}");

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        try
        {
            Directory.Delete(storeFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temp folder is cleaned by the system later.
        }
    }
}
