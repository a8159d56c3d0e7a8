using System.ComponentModel;

namespace Overlay.Bench.Targets;

/// <summary>
/// The thinnest baseline: bench/NodeRelay/relay.js (node + the ws package) in its own process, serving the same
/// page as the .NET relay. The targets are judged against it.
/// </summary>
public sealed class NodeRelayProcess(ChildProcess process) : ITarget
{
    public const string TargetName = "node-relay";

    public string Name => process.Name;

    public ChildProcess Process => process;

    /// <summary>The started relay, or null and why not (no node, npm ci failed): the run goes on without it.</summary>
    public static async Task<(NodeRelayProcess? Relay, string? WhyNot)> TryStartAsync(Uri upstream, CancellationToken cancellationToken)
    {
        if (await NodeModules.EnsureAsync(cancellationToken) is { } problem)
        {
            return (null, problem);
        }
        var script = Path.Combine(NodeModules.Folder, "relay.js");
        var page = Path.Combine(RepoPaths.Root, "bench", "Overlay.Relay", "relay.html");
        try
        {
            var child = await ChildProcess.StartCommandAsync(TargetName, "node",
                baseUri => [script, "--port", baseUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "--upstream", upstream.ToString(), "--page", page],
                new Dictionary<string, string>(), cancellationToken);
            return (new NodeRelayProcess(child), null);
        }
        catch (Win32Exception e)
        {
            return (null, $"node could not start ({e.Message})");
        }
        catch (HarnessException e)
        {
            return (null, e.Message);
        }
    }

    public Uri? PageUrl(string widget) => widget == WidgetPages.ChatTicker ? process.BaseUri : null;

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
