namespace Overlay.Bench.Cold;

/// <summary>
/// One way of starting the app (and the relay) for the cold-start scenario: runtime settings as environment
/// variables on the child process, or the ReadyToRun-published app. Names and value formats are the .NET runtime's
/// (numbers in environment variables are hexadecimal). Nothing here changes the app's shipped settings.
/// </summary>
/// <param name="ReadyToRun">Run a ReadyToRun self-contained publish of the app instead of the build output.</param>
public sealed record RuntimeOption(string Name, string Meaning, IReadOnlyDictionary<string, string> Environment, bool ReadyToRun = false)
{
    /// <summary>
    /// Runtime variables the harness itself may carry (ChildProcess sets DOTNET_gcServer=0 for the other scenarios):
    /// removed from every cold child so that "default" really is what the app's runtimeconfig says.
    /// </summary>
    public static IReadOnlyList<string> Cleared { get; } =
    [
        "DOTNET_gcServer", "DOTNET_GCHeapCount", "DOTNET_GCConserveMemory", "DOTNET_GCDynamicAdaptationMode",
        "DOTNET_TieredPGO", "DOTNET_TieredCompilation", "DOTNET_TC_QuickJitForLoops", "DOTNET_ReadyToRun",
        "COMPlus_gcServer",
    ];

    public static IReadOnlyList<RuntimeOption> All { get; } =
    [
        new("default", "the app's runtimeconfig as built: Server GC (Web SDK default) with DATAS, tiered JIT with PGO", new Dictionary<string, string>()),
        new("workstation", "workstation GC (DOTNET_gcServer=0; what every other bench scenario runs)", new Dictionary<string, string>
        {
            ["DOTNET_gcServer"] = "0",
        }),
        new("server", "Server GC without DATAS: one heap per core from the start", new Dictionary<string, string>
        {
            ["DOTNET_gcServer"] = "1",
            ["DOTNET_GCDynamicAdaptationMode"] = "0",
        }),
        new("server-1heap", "Server GC held to one heap", new Dictionary<string, string>
        {
            ["DOTNET_gcServer"] = "1",
            ["DOTNET_GCDynamicAdaptationMode"] = "0",
            ["DOTNET_GCHeapCount"] = "1",
        }),
        new("conserve", "the default plus GCConserveMemory=5 (compacts sooner to keep the heap small)", new Dictionary<string, string>
        {
            ["DOTNET_GCConserveMemory"] = "5",
        }),
        new("nopgo", "the default without dynamic PGO (less instrumentation while tier 0 runs)", new Dictionary<string, string>
        {
            ["DOTNET_TieredPGO"] = "0",
        }),
        new("r2r", "ReadyToRun self-contained publish (as build/release.sh ships it, not single-file), default settings",
            new Dictionary<string, string>(), ReadyToRun: true),
    ];

    public static RuntimeOption Find(string name) =>
        All.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"--runtime-options must be one of {string.Join('|', All.Select(o => o.Name))}, not '{name}'");
}
