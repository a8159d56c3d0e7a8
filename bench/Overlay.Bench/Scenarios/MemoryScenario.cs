using Overlay.Bench.Load;
using Overlay.Bench.Results;
using Overlay.Bench.Targets;

namespace Overlay.Bench.Scenarios;

/// <summary>
/// Working set of the app (and the relay) with 0, 10, 50 open widget pages (the three widgets in turn), under
/// a trickle of chat so every page has rows. Per-page cost = (set at N − set at 0) / N. The relay process runs
/// alongside as the reference; its pages (--relay-pages) cost it next to nothing and double the browser load.
/// </summary>
public sealed class MemoryScenario(BenchArgs args, AppChoice appStandIn) : IScenario
{
    private readonly IReadOnlyList<int> _levels = args.Ints("pages", "0,10,50").Order().ToList();
    private readonly double _settle = args.Number("settle", 10);
    private readonly double _trickle = Math.Max(0.5, args.Number("rate", 2));
    private readonly bool _relayPages = args.Flag("relay-pages");

    public TimeSpan Budget => TimeSpan.FromSeconds(_levels.Count * (_settle + 5) + _levels.DefaultIfEmpty().Max() * 10 + 240);

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = new BenchResult("memory", args.Used);
        await using var rig = await Rig.StartAsync(new RigOptions(Relay: true, Browser: true, new Dictionary<string, string>(), appStandIn), cancellationToken);
        var relay = rig.Relay!;
        using var stopTrickle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var trickle = rig.Generator.RunAsync(_trickle, long.MaxValue, seq => Frames.Chat('b', seq), stopTrickle.Token);
        try
        {
            var appBase = double.NaN;
            var relayBase = double.NaN;
            var open = 0;
            foreach (var level in _levels)
            {
                for (; open < level; open++)
                {
                    var widget = appStandIn.IsStandIn ? WidgetPages.ChatTicker : WidgetPages.All[open % WidgetPages.All.Count];
                    await rig.OpenPagesAsync(rig.App, widget, 1);
                    if (_relayPages)
                    {
                        await rig.OpenPagesAsync(relay, WidgetPages.ChatTicker, 1);
                    }
                }
                Console.WriteLine($"  {level} page(s) open, sampling ...");
                var (app, relayMb) = await SampleAsync(rig, cancellationToken);
                result.Add(new($"working set with {level} page(s)", "MB", app, relayMb));
                if (level == 0 || double.IsNaN(appBase))
                {
                    (appBase, relayBase) = (app, relayMb);
                    continue;
                }
                var perPage = (app - appBase) / level;
                result.Add(new($"per page at {level} pages", "MB", perPage, (relayMb - relayBase) / level, "app <= 5 MB", perPage <= 5));
            }
        }
        finally
        {
            await stopTrickle.CancelAsync();
            try
            {
                await trickle;
            }
            catch (OperationCanceledException)
            {
                // The trickle ends by being cancelled.
            }
        }
        result.Notes.AddRange(rig.Notes);
        result.Notes.Add($"median of 3 samples 1 s apart after {_settle:0} s settle; chat trickle {_trickle}/s; relay pages: {(_relayPages ? "same count" : "none")}");
        return result;
    }

    private async Task<(double App, double Relay)> SampleAsync(Rig rig, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(_settle), cancellationToken);
        var app = new List<double>();
        var relay = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            app.Add(rig.App.Process.WorkingSetBytes / 1e6);
            relay.Add(rig.Relay!.Process.WorkingSetBytes / 1e6);
            await Task.Delay(1000, cancellationToken);
        }
        return (Stats.Median(app), Stats.Median(relay));
    }
}
