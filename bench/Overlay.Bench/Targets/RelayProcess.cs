namespace Overlay.Bench.Targets;

/// <summary>The baseline: bench/Overlay.Relay in its own process. It only has a chat page.</summary>
public sealed class RelayProcess(ChildProcess process) : ITarget
{
    public string Name => process.Name;

    public ChildProcess Process => process;

    public static async Task<RelayProcess> StartAsync(Uri upstream, string name, CancellationToken cancellationToken) =>
        new(await ChildProcess.StartAsync(name, RepoPaths.RelayDll, ["--upstream", upstream.ToString()],
            new Dictionary<string, string>(), cancellationToken));

    public Uri? PageUrl(string widget) => widget == WidgetPages.ChatTicker ? process.BaseUri : null;

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
