using Overlay.Bench.Load;
using Overlay.Bench.Results;
using Overlay.Bench.Targets;

namespace Overlay.Bench.Scenarios;

/// <summary>
/// Chat at a steady rate for a long time with N app pages (and, by default, one relay page, so the browsers are
/// not the bottleneck); working set of the app and the relay sampled every 10 s. Growth is measured after a warm-up (the first fifth of the run, at most 5 min), when the JIT,
/// pools and the 20-row lists have reached their size.
/// </summary>
public sealed class SoakScenario(BenchArgs args, AppChoice appStandIn, TimeSpan duration) : IScenario
{
    private readonly int _pages = Math.Max(1, args.Int("pages", 10));
    private readonly int _relayPages = Math.Max(1, args.Int("relay-pages", 1));
    private readonly double _rate = Math.Max(1, args.Number("rate", 200));
    private readonly TimeSpan _sample = TimeSpan.FromSeconds(Math.Max(1, args.Number("sample-seconds", 10)));

    public TimeSpan Budget => duration + TimeSpan.FromMinutes(4);

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = new BenchResult("soak", new Dictionary<string, string>(args.Used) { ["duration"] = $"{duration.TotalSeconds:0} s" });
        await using var rig = await Rig.StartAsync(new RigOptions(Relay: true, Browser: true, new Dictionary<string, string>(), appStandIn), cancellationToken);
        var relay = rig.Relay!;
        await rig.OpenPagesAsync(rig.App, WidgetPages.ChatTicker, _pages);
        await rig.OpenPagesAsync(relay, WidgetPages.ChatTicker, _relayPages);
        await rig.WaitUntilPagesShowEventsAsync(TimeSpan.FromSeconds(30), cancellationToken);

        var warmup = TimeSpan.FromSeconds(Math.Min(300, duration.TotalSeconds / 5));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var sending = rig.Generator.RunAsync(_rate, (long)(_rate * duration.TotalSeconds), seq => Frames.Chat('b', seq), cancellationToken);
        var appSet = result.Series["app working set MB"] = [];
        var relaySet = result.Series["relay working set MB"] = [];
        var appP99 = result.Series["app latency p99 ms (first page)"] = [];
        var relayP99 = result.Series["relay latency p99 ms (first page)"] = [];
        // Working set on its own clock: reading pages waits on busy renderers, reading a process does not.
        var sampling = SampleWorkingSetsAsync(rig, sending, clock, appSet, relaySet, cancellationToken);
        var watched = new[] { rig.PagesOf(rig.App).First(), rig.PagesOf(relay).First() };
        while (!sending.IsCompleted)
        {
            await Task.WhenAny(sending, Task.Delay(_sample, cancellationToken));
            var t = clock.Elapsed.TotalSeconds;
            await Measure.CollectAsync(watched);
            appP99.Add([t, WindowP99(rig, watched[0])]);
            relayP99.Add([t, WindowP99(rig, watched[1])]);
        }
        await sampling;
        await sending;

        var (appGrowth, appSlope) = Growth(appSet, warmup.TotalSeconds);
        var (relayGrowth, relaySlope) = Growth(relaySet, warmup.TotalSeconds);
        var after = appSet.Where(p => p[0] >= warmup.TotalSeconds).ToList();
        result.Add(new("working set after warm-up", "MB", First(appSet, warmup), First(relaySet, warmup)));
        result.Add(new("working set at the end", "MB", appSet[^1][1], relaySet[^1][1]));
        result.Add(new("working set growth after warm-up", "%", appGrowth, relayGrowth, "app <= 10 %",
            !double.IsNaN(appGrowth) && appGrowth <= 10));
        result.Add(new("working set slope after warm-up", "MB/min", appSlope, relaySlope));
        result.Add(new("latency p99, first window after warm-up", "ms", First(appP99, warmup), First(relayP99, warmup)));
        result.Add(new("latency p99, last window", "ms", appP99[^1][1], relayP99[^1][1]));
        result.Add(new("app process alive at the end", "", rig.App.Process.Process.HasExited ? 0 : 1, 1, "= 1",
            !rig.App.Process.Process.HasExited));
        result.Notes.AddRange(rig.Notes);
        result.Notes.Add($"warm-up {warmup.TotalSeconds:0} s; {after.Count} samples after it; growth = mean of the last 3 samples vs the first 3 after warm-up");
        return result;
    }

    private async Task SampleWorkingSetsAsync(Rig rig, Task sending, System.Diagnostics.Stopwatch clock,
        List<double[]> app, List<double[]> relay, CancellationToken cancellationToken)
    {
        while (!sending.IsCompleted)
        {
            await Task.WhenAny(sending, Task.Delay(_sample, cancellationToken));
            var t = clock.Elapsed.TotalSeconds;
            app.Add([t, rig.App.Process.WorkingSetBytes / 1e6]);
            relay.Add([t, rig.Relay!.Process.WorkingSetBytes / 1e6]);
        }
    }

    /// <summary>p99 of the tokens collected since the last window, then forgets them (a 30 min run sends 360,000).</summary>
    private static double WindowP99(Rig rig, Browser.ProbePage page)
    {
        var latencies = new List<double>();
        foreach (var (token, at) in page.Forget())
        {
            if (token[0] == 'b' && rig.Generator.Log.TryGet(token, out var sent))
            {
                latencies.Add(at - sent);
            }
        }
        return Stats.Percentile(latencies.Order().ToList(), 99);
    }

    private static double First(List<double[]> series, TimeSpan from) =>
        series.FirstOrDefault(p => p[0] >= from.TotalSeconds)?[1] ?? double.NaN;

    private static (double GrowthPercent, double SlopePerMinute) Growth(List<double[]> series, double warmupSeconds)
    {
        var after = series.Where(p => p[0] >= warmupSeconds).ToList();
        if (after.Count < 2)
        {
            return (double.NaN, double.NaN);
        }
        var n = Math.Min(3, after.Count / 2);
        var start = after.Take(n).Average(p => p[1]);
        var end = after.TakeLast(n).Average(p => p[1]);
        var slope = Stats.Slope(after.Select(p => p[0] / 60).ToList(), after.Select(p => p[1]).ToList());
        return ((end / start - 1) * 100, slope);
    }
}
