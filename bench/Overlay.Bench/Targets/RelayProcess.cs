namespace Overlay.Bench.Targets;

/// <summary>
/// The baseline, bench/Overlay.Relay, in its own process; or, standing in for the app, a second relay or the Blazor
/// floor (bench/Overlay.BlazorFloor). Each only has a chat page, at its root.
/// </summary>
public sealed class RelayProcess(ChildProcess process) : ITarget
{
    public string Name => process.Name;

    public ChildProcess Process => process;

    public static async Task<RelayProcess> StartAsync(Uri upstream, string name, CancellationToken cancellationToken) =>
        new(await ChildProcess.StartAsync(name, RepoPaths.RelayDll, ["--upstream", upstream.ToString()],
            new Dictionary<string, string>(), cancellationToken));

    /// <summary>The stand-in <paramref name="choice"/> in the app's place, named "app-standin".</summary>
    public static async Task<RelayProcess> StartAsync(Uri upstream, AppChoice choice, CancellationToken cancellationToken) =>
        new(await ChildProcess.StartAsync("app-standin", choice == AppChoice.BlazorFloor ? RepoPaths.BlazorFloorDll : RepoPaths.RelayDll,
            ["--upstream", upstream.ToString()], new Dictionary<string, string>(), cancellationToken));

    public Uri? PageUrl(string widget) => widget == WidgetPages.ChatTicker ? process.BaseUri : null;

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
