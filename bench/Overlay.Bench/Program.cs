using Overlay.Bench;
using Overlay.Bench.Results;
using Overlay.Bench.Scenarios;

// Exit codes: 0 = the harness ran (targets met or not, see the table), 1 = the harness failed,
// 2 = bad command line, 3 = --strict and a target was missed.
const string Usage = """
    usage: dotnet run -c Release --project bench/Overlay.Bench -- <command> [options]
      latency --pages 5 --rate 200 --seconds 30   latency, CPU and main-thread time vs the relay
      smoke                                        latency --pages 1 --rate 100 --seconds 20 (for CI)
      burst --rate 2000 --seconds 10 --gifts 20    flood, then recovery; gift alerts shown vs sent
      soak --minutes 30 [--pages 10 --rate 200]    working set over time; soak-short = 60 s
      idle --seconds 60                            mutations, infinite animations, renderer CPU with no events
      memory --pages 0,10,50                       app working set per open widget page
      micro [BenchmarkDotNet args after --bdn]     parser and combo-rule micro-benchmarks
      scene --seconds 60 --rate 50 [--busy]         six widget pages under a mixed stream vs six relay pages
    latency and scene: --busy repeats the window with one core kept busy by another process
      cold --seconds 60 --runtime-options default  cold start: time to /alive and first render, CPU/event (issue 18)
      cold-matrix --seconds 60                     cold for every runtime option, one table
      replay8h --hours 8 --speed 60                an 8-hour recording, sped up: memory, totals, collection sizes
      replay-short                                 a 15-minute recording in ~15 s (for CI; --strict fails on wrong totals)
    common: --app relay|blazor-floor (stand-in for the app: a second relay, or the least a Blazor Server chat page
            can do), --strict (exit 3 on a missed target)
    """;

BenchArgs parsed;
try
{
    parsed = BenchArgs.Parse(args.TakeWhile(a => a != "--bdn").ToArray());
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"{e.Message}\n{Usage}");
    return 2;
}

if (parsed.Command == "micro")
{
    return MicroScenario.Run(args.SkipWhile(a => a != "--bdn").Skip(1).ToArray());
}

IScenario scenario;
bool strict;
try
{
    var standIn = Overlay.Bench.Targets.AppChoice.Parse(parsed.String("app", "app"));
    strict = parsed.Flag("strict");
    scenario = parsed.Command switch
    {
        "latency" => new LatencyScenario(parsed, standIn),
        "smoke" => new LatencyScenario(BenchArgs.Parse(["latency", "--pages", "1", "--rate", "100", "--seconds", "20"]), standIn),
        "burst" => new BurstScenario(parsed, standIn),
        "soak" => new SoakScenario(parsed, standIn, TimeSpan.FromMinutes(parsed.Number("minutes", 30))),
        "soak-short" => new SoakScenario(parsed, standIn, TimeSpan.FromSeconds(parsed.Number("seconds", 60))),
        "idle" => new IdleScenario(parsed, standIn),
        "memory" => new MemoryScenario(parsed, standIn),
        "scene" => new SceneScenario(parsed, standIn),
        "cold" => new Overlay.Bench.Cold.ColdScenario(parsed, matrix: false),
        "cold-matrix" => new Overlay.Bench.Cold.ColdScenario(parsed, matrix: true),
        "replay8h" => new Overlay.Bench.Replay.ReplayScenario(parsed, isShort: false),
        "replay-short" => new Overlay.Bench.Replay.ReplayScenario(parsed, isShort: true),
        _ => throw new ArgumentException($"unknown command '{parsed.Command}'"),
    };
    if (parsed.Unused.FirstOrDefault() is { } unused)
    {
        throw new ArgumentException($"unknown option --{unused} for {parsed.Command}");
    }
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"{e.Message}\n{Usage}");
    return 2;
}

using var cancel = new CancellationTokenSource(scenario.Budget);
Console.CancelKeyPress += (_, e) =>
{
    // Let the finally blocks kill the app, the relay and Chromium instead of orphaning them.
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    Console.WriteLine($"{parsed.Command}: running (at most {scenario.Budget.TotalMinutes:0.#} min) ...");
    var result = await scenario.RunAsync(cancel.Token);
    ResultWriter.Print(result, Console.Out);
    var stem = ResultWriter.Write(result);
    Console.WriteLine($"written: {Path.GetRelativePath(RepoPaths.Root, stem)}.json / .csv");
    return strict && !result.AllTargetsMet ? 3 : 0;
}
catch (HarnessException e)
{
    Console.Error.WriteLine($"harness failed: {e.Message}");
    return 1;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("harness failed: cancelled or over its time budget");
    return 1;
}
catch (Exception e)
{
    Console.Error.WriteLine($"harness failed: {e}");
    return 1;
}
