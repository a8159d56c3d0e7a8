namespace Overlay.Bench.Targets;

/// <summary>
/// The app, started as a user would (the Release build of src/Overlay.Web), pointed at the generator through
/// the Upstream settings. <paramref name="settings"/> are extra configuration keys in environment form
/// (Widgets__GiftAlert__DisplaySeconds).
/// </summary>
public sealed class AppProcess(ChildProcess process) : ITarget
{
    public string Name => process.Name;

    public ChildProcess Process => process;

    public static async Task<AppProcess> StartAsync(Uri upstream, IReadOnlyDictionary<string, string> settings,
        CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>(settings)
        {
            ["Upstream__Url"] = upstream.ToString(),
            ["Upstream__UniqueId"] = "bench",
            ["Upstream__ApiKey"] = "tk_bench",
        };
        return new(await ChildProcess.StartAsync("app", RepoPaths.AppDll, [], environment, cancellationToken));
    }

    public Uri? PageUrl(string widget) => new(process.BaseUri, $"widgets/{widget}");

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
