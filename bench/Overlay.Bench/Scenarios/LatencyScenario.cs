using Overlay.Bench.Browser;
using Overlay.Bench.Load;
using Overlay.Bench.Results;
using Overlay.Bench.Targets;

namespace Overlay.Bench.Scenarios;

/// <summary>
/// Chat at a fixed rate to N app chat-ticker pages, N .NET relay pages and N Node relay pages at once: time from the
/// generator's send to the token appearing in each page's DOM and to the next frame (paint), server CPU per event,
/// renderer main-thread time per event per page. <c>--busy</c> repeats the window with one core kept busy.
/// </summary>
public sealed class LatencyScenario(BenchArgs args, AppChoice appStandIn) : IScenario
{
    private readonly int _pages = Math.Max(1, args.Int("pages", 5));
    private readonly double _rate = Math.Max(1, args.Number("rate", 200));
    private readonly double _seconds = Math.Max(1, args.Number("seconds", 30));
    private readonly double _warmup = args.Number("warmup", 3);
    private readonly double _drain = args.Number("drain", 2);
    private readonly double _trace = args.Number("trace", 0);

    private readonly bool _busy = args.Flag("busy");

    public TimeSpan Budget => TimeSpan.FromSeconds((_busy ? 2 : 1) * (_seconds + 2 * _drain + 1) + _warmup + _trace + 240 + 5 * _pages);

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = new BenchResult("latency", args.Used);
        await using var rig = await Rig.StartAsync(new RigOptions(Relay: true, Browser: true,
            new Dictionary<string, string>(), appStandIn) { NodeRelay = true }, cancellationToken);
        foreach (var target in rig.Targets)
        {
            await rig.OpenPagesAsync(target, WidgetPages.ChatTicker, _pages);
        }
        await rig.WaitUntilPagesShowEventsAsync(TimeSpan.FromSeconds(30), cancellationToken);
        await rig.Generator.RunAsync(_rate, (long)(_rate * _warmup), seq => Frames.Chat('w', 1_000_000 + seq), cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(_drain), cancellationToken);
        await Measure.CollectAsync(rig.Pages);

        var count = (long)(_rate * _seconds);
        var window = await WindowReadings.MeasureAsync(rig, _rate, count, seq => Frames.Chat('b', seq), _drain, cancellationToken);
        var tokens = Measure.Tokens('b', 0, count);
        AddSeries(result, rig, tokens, "");
        LatencyRows.Add(result, rig, window, tokens, "");
        if (_busy)
        {
            // Issue 18: the same window again while another process keeps one core busy (a game next to OBS).
            using var busy = BusyCore.Start();
            var spun0 = busy.CpuTime;
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var busyWindow = await WindowReadings.MeasureAsync(rig, _rate, count, seq => Frames.Chat('b', BusyOffset + seq), _drain, cancellationToken);
            var busyTokens = Measure.Tokens('b', BusyOffset, count);
            AddSeries(result, rig, busyTokens, "busy: ");
            LatencyRows.Add(result, rig, busyWindow, busyTokens, "busy: ");
            result.Notes.Add($"busy: a spinning process (pid {busy.Pid}) got {(busy.CpuTime - spun0).TotalSeconds / (busyWindow.Seconds + 1):0.00} cores during the busy window");
        }
        if (_trace > 0)
        {
            await TraceAsync(rig, result, cancellationToken);
        }
        if (await HealthSnapshot.ReadAsync(rig.App.Process, cancellationToken) is { Frames: not null } health)
        {
            result.Notes.Add($"app /healthz: {health.Frames} frames, drops: {health.DroppedText}; upstream: {health.Upstream}");
        }
        result.Notes.AddRange(rig.Notes);
        result.Notes.Add($"{count} events per page per window, {_pages} page(s) per target");
        return result;
    }

    /// <summary>Busy-window tokens start here, far above any quiet-window token.</summary>
    private const long BusyOffset = 2_000_000;

    /// <summary>
    /// Per event on each target's first page: when the slow ones happen (periodic = GC or a timer; clustered = a
    /// busy main thread) tells more than the percentiles.
    /// </summary>
    private static void AddSeries(BenchResult result, Rig rig, IReadOnlyList<string> tokens, string prefix)
    {
        foreach (var target in rig.Targets)
        {
            var first = rig.PagesOf(target).First();
            result.Series[$"{prefix}{target.Name} latency ms by send time (s), first page"] = [.. tokens
                .Where(t => first.Appeared.ContainsKey(t) && rig.Generator.Log.TryGet(t, out _))
                .Select(t => { rig.Generator.Log.TryGet(t, out var sent); return new[] { sent, first.Appeared[t] - sent }; })];
        }
    }

    /// <summary>
    /// A further <c>--trace</c> seconds at the same rate under a Chromium trace (after the measured window, because
    /// tracing costs main-thread time too): main-thread self time per event per page by DevTools category.
    /// </summary>
    private async Task TraceAsync(Rig rig, BenchResult result, CancellationToken cancellationToken)
    {
        var recorder = await rig.Browser!.StartTraceAsync();
        var count = (long)(_rate * _trace);
        await rig.Generator.RunAsync(_rate, count, seq => Frames.Chat('t', seq), cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(_drain), cancellationToken);
        var path = Path.Combine(RepoPaths.Results, $"trace-{DateTime.Now:yyyyMMdd-HHmmss}.json");
        var events = await recorder.StopAsync(path);
        var app = rig.App.Process.BaseUri.ToString();
        var relay = rig.Relay!.Process.BaseUri.ToString();
        var summaries = TraceSummary.ByOrigin(events, [app, relay]);
        var perEvent = count * (double)_pages;
        foreach (var category in summaries.Values.SelectMany(s => s.CategoryMs.Keys).Distinct().Order())
        {
            result.Add(new($"trace: {category} per event per page", "ms",
                summaries[app].CategoryMs.GetValueOrDefault(category) / perEvent,
                summaries[relay].CategoryMs.GetValueOrDefault(category) / perEvent));
        }
        result.Add(new("trace: main thread total per event per page", "ms", summaries[app].TotalMs / perEvent,
            summaries[relay].TotalMs / perEvent));
        foreach (var (name, summary) in new[] { ("app", summaries[app]), ("relay", summaries[relay]) })
        {
            result.Notes.Add($"trace {name} top self time (ms/event/page): " + string.Join(", ",
                summary.TopNames(12).Select(p => $"{p.Key} {p.Value / perEvent:0.###}")));
        }
        result.Notes.Add($"trace: {count} events per page over {_trace} s, written to {path}");
    }
}
