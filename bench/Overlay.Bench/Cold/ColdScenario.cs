using System.Globalization;
using Overlay.Bench.Browser;
using Overlay.Bench.Load;
using Overlay.Bench.Results;
using Overlay.Bench.Scenarios;

namespace Overlay.Bench.Cold;

/// <summary>
/// Issue 18, cold start: for each runtime option, the relay and then the app are started from nothing (the app
/// with a new, empty store), one after the other so neither slows the other's start. Measured per target: time to
/// the alive path, to the upstream connection and to the first chat token in the page, server CPU per event over
/// the first --seconds at --rate chat/s and per --window, and the working set at the end. `cold` runs one option
/// (--runtime-options), `cold-matrix` runs every option in turn and prints one table.
/// </summary>
public sealed class ColdScenario : IScenario
{
    private readonly BenchArgs _args;
    private readonly IReadOnlyList<RuntimeOption> _options;
    private readonly TimeSpan _duration;
    private readonly double _rate;
    private readonly TimeSpan _window;

    public ColdScenario(BenchArgs args, bool matrix)
    {
        _args = args;
        _options = matrix ? RuntimeOption.All : [RuntimeOption.Find(args.String("runtime-options", "default"))];
        _duration = TimeSpan.FromSeconds(Math.Max(5, args.Number("seconds", 60)));
        _rate = Math.Max(1, args.Number("rate", 100));
        _window = TimeSpan.FromSeconds(Math.Max(1, args.Number("window", 10)));
    }

    // Per option: two starts (each up to a minute before alive), two measured spans, the publish for r2r.
    public TimeSpan Budget => _options.Count * (2 * (_duration + TimeSpan.FromSeconds(75))) + TimeSpan.FromMinutes(5);

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var name = _options.Count == 1 ? "cold" : "cold-matrix";
        var result = new BenchResult(name, new Dictionary<string, string>(_args.Used)
        {
            ["options"] = string.Join(",", _options.Select(o => o.Name)),
        });
        await using var generator = await Generator.StartAsync(cancellationToken);
        await using var browser = await BrowserProbe.StartAsync();
        var run = new ColdRun(generator, browser, _duration, _rate, _window);
        var table = new List<(RuntimeOption Option, ColdMeasurement App, ColdMeasurement Relay)>();
        long seq = 0;
        foreach (var option in _options)
        {
            Console.WriteLine($"cold: {option.Name}: {option.Meaning}");
            var relay = await run.MeasureAsync(RelayTarget(generator.Url), option.ReadyToRun ? RuntimeOption.Find("default") : option, seq, cancellationToken);
            seq += (long)(_rate * _duration.TotalSeconds) + 1;
            var app = await MeasureAppAsync(run, generator.Url, option, seq, cancellationToken);
            seq += (long)(_rate * _duration.TotalSeconds) + 1;
            table.Add((option, app, relay));
            AddRows(result, _options.Count == 1 ? "" : option.Name + ": ", app, relay);
        }
        var seconds = _duration.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
        result.Notes.Add($"times are ms from process creation; CPU/event over the first {seconds} s includes the start itself; "
            + "events count only chats sent while the target was connected to the generator");
        result.Notes.Add("the relay runs the same runtime option (for r2r: the default, it is not published ReadyToRun); "
            + "\"default\" is the app's runtimeconfig as built (System.GC.Server=true, DATAS, tiered PGO), not the bench's usual DOTNET_gcServer=0");
        if (_options.Count > 1)
        {
            foreach (var line in MatrixTable(table, seconds))
            {
                result.Notes.Add(line);
            }
        }
        return result;
    }

    private static async Task<ColdMeasurement> MeasureAppAsync(ColdRun run, Uri generatorUrl, RuntimeOption option, long seq, CancellationToken cancellationToken)
    {
        var (fileName, args, folder) = option.ReadyToRun
            ? (await ReadyToRunPublish.PublishAsync(cancellationToken), Array.Empty<string>(), ReadyToRunPublish.Folder)
            : ("dotnet", new[] { RepoPaths.AppDll }, RepoPaths.Root);
        if (!option.ReadyToRun && !File.Exists(RepoPaths.AppDll))
        {
            throw new HarnessException($"{RepoPaths.AppDll} does not exist (build it with `dotnet build -c Release`)");
        }
        // A new, empty store, as every bench run: the app seeds its widgets from configuration into it.
        var store = Directory.CreateTempSubdirectory("overlay-bench-cold-").FullName;
        try
        {
            var target = new ColdTarget("app", fileName, args, folder, "/alive", "widgets/chat-ticker", new Dictionary<string, string>
            {
                ["Upstream__Url"] = generatorUrl.ToString(),
                ["Upstream__UniqueId"] = "bench",
                ["Upstream__ApiKey"] = "tk_bench",
                ["Storage__Path"] = Path.Combine(store, "overlay.db"),
                ["Hosting__OpenBrowser"] = "false",
            });
            return await run.MeasureAsync(target, option, seq, cancellationToken);
        }
        finally
        {
            try
            {
                Directory.Delete(store, recursive: true);
            }
            catch (IOException)
            {
                // Still held open: the system cleans its temp folder later.
            }
        }
    }

    private static ColdTarget RelayTarget(Uri upstream) =>
        File.Exists(RepoPaths.RelayDll)
            ? new ColdTarget("relay", "dotnet", [RepoPaths.RelayDll, "--upstream", upstream.ToString()], RepoPaths.Root, "/healthz", "", new Dictionary<string, string>())
            : throw new HarnessException($"{RepoPaths.RelayDll} does not exist (build it with `dotnet build -c Release`)");

    private static void AddRows(BenchResult result, string prefix, ColdMeasurement app, ColdMeasurement relay)
    {
        result.Add(new(prefix + "time to alive (app /alive, relay /healthz)", "ms", app.AliveMs, relay.AliveMs));
        result.Add(new(prefix + "time to upstream connection", "ms", app.ConnectedMs, relay.ConnectedMs));
        result.Add(new(prefix + "time to first render (a chat token in the page)", "ms", app.FirstRenderMs, relay.FirstRenderMs));
        result.Add(new(prefix + "time to first live render (a token sent after the page loaded)", "ms", app.FirstLiveRenderMs, relay.FirstLiveRenderMs));
        result.Add(new(prefix + "server CPU / event, whole span", "ms", app.CpuMsPerEvent, relay.CpuMsPerEvent));
        result.Add(new(prefix + "server CPU, whole span", "ms", app.CpuMs, relay.CpuMs));
        for (var i = 0; i < app.WindowCpuMsPerEvent.Count; i++)
        {
            result.Add(new($"{prefix}server CPU / event, window {i + 1} ({app.WindowEvents[i]} / {relay.WindowEvents[i]} events)", "ms",
                app.WindowCpuMsPerEvent[i], relay.WindowCpuMsPerEvent[i]));
        }
        result.Add(new(prefix + "working set at the end", "MB", app.WorkingSetMb, relay.WorkingSetMb));
    }

    private static IEnumerable<string> MatrixTable(List<(RuntimeOption Option, ColdMeasurement App, ColdMeasurement Relay)> table, string seconds)
    {
        string[] header = ["option", "alive app/relay ms", "first render app/relay ms", "first live render app/relay ms", $"CPU/event {seconds} s app/relay ms", "ratio", "last window ratio", "working set app/relay MB"];
        var lines = table.Select(t => new[]
        {
            t.Option.Name,
            $"{F(t.App.AliveMs)} / {F(t.Relay.AliveMs)}",
            $"{F(t.App.FirstRenderMs)} / {F(t.Relay.FirstRenderMs)}",
            $"{F(t.App.FirstLiveRenderMs)} / {F(t.Relay.FirstLiveRenderMs)}",
            $"{F(t.App.CpuMsPerEvent)} / {F(t.Relay.CpuMsPerEvent)}",
            F(Stats.Ratio(t.App.CpuMsPerEvent, t.Relay.CpuMsPerEvent)),
            F(Stats.Ratio(t.App.WindowCpuMsPerEvent[^1], t.Relay.WindowCpuMsPerEvent[^1])),
            $"{F(t.App.WorkingSetMb)} / {F(t.Relay.WorkingSetMb)}",
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, lines.Max(l => l[i].Length))).ToArray();
        yield return "matrix:";
        yield return string.Join(" | ", header.Select((h, i) => h.PadRight(widths[i])));
        foreach (var line in lines)
        {
            yield return string.Join(" | ", line.Select((c, i) => c.PadRight(widths[i])));
        }
    }

    private static string F(double value) => double.IsNaN(value) ? "-"
        : Math.Abs(value) >= 100 ? value.ToString("0", CultureInfo.InvariantCulture)
        : value.ToString("0.###", CultureInfo.InvariantCulture);
}
