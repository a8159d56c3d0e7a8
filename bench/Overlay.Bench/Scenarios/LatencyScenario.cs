using Overlay.Bench.Browser;
using Overlay.Bench.Load;
using Overlay.Bench.Results;
using Overlay.Bench.Targets;

namespace Overlay.Bench.Scenarios;

/// <summary>
/// Chat at a fixed rate to N app chat-ticker pages and N relay pages at once: time from the generator's send to
/// the token appearing in each page's DOM, server CPU per event, renderer main-thread time per event per page.
/// </summary>
public sealed class LatencyScenario(BenchArgs args, bool appStandIn) : IScenario
{
    private readonly int _pages = Math.Max(1, args.Int("pages", 5));
    private readonly double _rate = Math.Max(1, args.Number("rate", 200));
    private readonly double _seconds = Math.Max(1, args.Number("seconds", 30));
    private readonly double _warmup = args.Number("warmup", 3);
    private readonly double _drain = args.Number("drain", 2);
    private readonly double _trace = args.Number("trace", 0);

    public TimeSpan Budget => TimeSpan.FromSeconds(_seconds + _warmup + 2 * _drain + _trace + 180 + 5 * _pages);

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = new BenchResult("latency", args.Used);
        await using var rig = await Rig.StartAsync(new RigOptions(Relay: true, Browser: true,
            new Dictionary<string, string>(), appStandIn), cancellationToken);
        foreach (var target in rig.Targets)
        {
            await rig.OpenPagesAsync(target, WidgetPages.ChatTicker, _pages);
        }
        await rig.WaitUntilPagesShowEventsAsync(TimeSpan.FromSeconds(30), cancellationToken);
        await rig.Generator.RunAsync(_rate, (long)(_rate * _warmup), seq => Frames.Chat('w', 1_000_000 + seq), cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(_drain), cancellationToken);
        await Measure.CollectAsync(rig.Pages);

        var count = (long)(_rate * _seconds);
        var health0 = await HealthSnapshot.ReadAsync(rig.App.Process, cancellationToken);
        var cpu0 = Measure.Cpu(rig.Targets);
        var main0 = await Measure.TaskDurationsAsync(rig.Pages);
        var thread0 = await Measure.ThreadTimesAsync(rig.Pages);
        await rig.Generator.RunAsync(_rate, count, seq => Frames.Chat('b', seq), cancellationToken);
        // A fixed drain instead of polling keeps the harness's own page calls out of the measured window.
        await Task.Delay(TimeSpan.FromSeconds(_drain), cancellationToken);
        var cpu1 = Measure.Cpu(rig.Targets);
        var main1 = await Measure.TaskDurationsAsync(rig.Pages);
        var thread1 = await Measure.ThreadTimesAsync(rig.Pages);
        var health1 = await HealthSnapshot.ReadAsync(rig.App.Process, cancellationToken);
        await Measure.CollectAsync(rig.Pages);

        var tokens = Measure.Tokens('b', 0, count);
        var app = Measure.Latency(rig.Generator.Log, rig.PagesOf(rig.App), tokens);
        var relay = Measure.Latency(rig.Generator.Log, rig.PagesOf(rig.Relay!), tokens);
        // Per event on each target's first page: when the slow ones happen (periodic = GC or a timer; clustered = a
        // busy main thread) tells more than the percentiles.
        foreach (var target in rig.Targets)
        {
            var first = rig.PagesOf(target).First();
            result.Series[$"{target.Name} latency ms by send time (s), first page"] = [.. tokens
                .Where(t => first.Appeared.ContainsKey(t) && rig.Generator.Log.TryGet(t, out _))
                .Select(t => { rig.Generator.Log.TryGet(t, out var sent); return new[] { sent, first.Appeared[t] - sent }; })];
        }
        var harnessOk = relay.Count > 0;
        if (!harnessOk)
        {
            throw new HarnessException("the relay pages showed none of the measured events");
        }
        // The targets: p99 ≤ relay at 5 pages × 200/s, ≤ 1.5× relay at 1 page × 100/s.
        var p99Target = _pages == 1 && _rate <= 100 ? 1.5 : 1.0;
        result.Add(new("latency p50", "ms", app.P50, relay.P50));
        result.Add(new("latency p95", "ms", app.P95, relay.P95));
        result.AddRatio("latency p99", "ms", app.P99, relay.P99, p99Target);
        result.Add(new("latency max", "ms", app.Max, relay.Max));
        result.Add(new("events not shown", "%", app.MissingPercent, relay.MissingPercent));
        var cpu = result.AddRatio("server CPU per event", "ms", Measure.CpuMsPerEvent(rig.App, cpu0, cpu1, count),
            Measure.CpuMsPerEvent(rig.Relay, cpu0, cpu1, count), 2.0);
        var main = result.AddRatio("browser main thread per event per page", "ms",
            Measure.MainThreadMsPerEventPerPage(rig.App, main0, main1, count),
            Measure.MainThreadMsPerEventPerPage(rig.Relay!, main0, main1, count), 0.5);
        result.Add(new("browser main thread CPU per event per page", "ms",
            Measure.MainThreadMsPerEventPerPage(rig.App, thread0, thread1, count),
            Measure.MainThreadMsPerEventPerPage(rig.Relay!, thread0, thread1, count)));
        if (app.Count == 0)
        {
            // Doing nothing is cheap: costs only count when the app showed the events.
            result.Rows[result.Rows.IndexOf(cpu)] = cpu with { Met = false };
            result.Rows[result.Rows.IndexOf(main)] = main with { Met = false };
            result.Notes.Add("the app showed none of the events, so its CPU and main-thread numbers do not count");
        }
        if (health0?.WidgetRenders is { } renders0 && health1?.WidgetRenders is { } renders1
            && health0.WidgetChanges is { } changes0 && health1.WidgetChanges is { } changes1)
        {
            // Received vs rendered: every change reaches each page; pacing decides how many diffs carry them.
            result.Notes.Add($"app pages: {changes1 - changes0} changes received, {renders1 - renders0} diffs sent "
                + $"({(renders1 - renders0) / (double)Math.Max(1, changes1 - changes0):0.00} per change)");
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
        result.Notes.Add($"{count} events per page, {_pages} page(s) per target, samples app={app.Count} relay={relay.Count}");
        return result;
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
