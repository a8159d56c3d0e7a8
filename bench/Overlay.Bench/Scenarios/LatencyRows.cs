using Overlay.Bench.Load;
using Overlay.Bench.Results;

namespace Overlay.Bench.Scenarios;

/// <summary>
/// The rows of one measured chat window, app against the .NET relay and the Node relay; targets against the Node
/// relay (issue 18). <paramref name="prefix"/> tells windows apart ("busy: ").
/// </summary>
public static class LatencyRows
{
    public static void Add(BenchResult result, Rig rig, WindowReadings window, IReadOnlyList<string> tokens, string prefix)
    {
        var log = rig.Generator.Log;
        LatencySummary Dom(Targets.ITarget? t) => t is null ? Empty : Measure.Latency(log, rig.PagesOf(t), tokens);
        LatencySummary Paint(Targets.ITarget? t) => t is null ? Empty : Measure.Latency(log, rig.PagesOf(t), tokens, p => p.Painted);
        var (app, relay, node) = (rig.App, rig.Relay, rig.NodeRelay);
        var dom = (App: Dom(app), Relay: Dom(relay), Node: Dom(node));
        var paint = (App: Paint(app), Relay: Paint(relay), Node: Paint(node));
        if (dom.Relay.Count == 0 || node is not null && dom.Node.Count == 0)
        {
            throw new HarnessException($"{prefix}the relay pages showed none of the measured events");
        }
        foreach (var (name, s) in new[] { ("DOM", dom), ("paint", paint) })
        {
            result.Add(new($"{prefix}{name} latency p50", "ms", s.App.P50, s.Relay.P50, Node: s.Node.P50));
            result.Add(new($"{prefix}{name} latency p95", "ms", s.App.P95, s.Relay.P95, Node: s.Node.P95));
            if (name == "paint")
            {
                // Issue 18: what the viewer sees, at most the thinnest relay's tail, at 1 × 100/s and at 5 × 200/s.
                result.AddVsNode($"{prefix}paint latency p99", "ms", s.App.P99, s.Relay.P99, s.Node.P99, 1.0);
            }
            else
            {
                result.Add(new($"{prefix}DOM latency p99", "ms", s.App.P99, s.Relay.P99, Node: s.Node.P99));
            }
            result.Add(new($"{prefix}{name} latency max", "ms", s.App.Max, s.Relay.Max, Node: s.Node.Max));
        }
        result.Add(new($"{prefix}events not shown", "%", dom.App.MissingPercent, dom.Relay.MissingPercent,
            Node: node is null ? double.NaN : dom.Node.MissingPercent));
        var skipped = SkippedRows.Violations(log, rig.PagesOf(app), tokens);
        result.Add(new($"{prefix}skipped rows that would have stayed >= {SkippedRows.ReadableMs:0} ms", "count", skipped,
            relay is null ? double.NaN : SkippedRows.Violations(log, rig.PagesOf(relay), tokens), "= 0", skipped == 0,
            node is null ? double.NaN : SkippedRows.Violations(log, rig.PagesOf(node), tokens)));
        var cpu = result.AddVsNode($"{prefix}server CPU per event", "ms", window.CpuMsPerEvent(app), window.CpuMsPerEvent(relay),
            window.CpuMsPerEvent(node), 2.0);
        result.Add(new($"{prefix}browser main thread (TaskDuration) per event per page", "ms",
            window.MainMsPerEventPerPage(app, cpu: false), window.MainMsPerEventPerPage(relay, cpu: false),
            Node: window.MainMsPerEventPerPage(node, cpu: false)));
        var main = result.AddVsNode($"{prefix}browser main thread CPU (ThreadTime) per event per page", "ms",
            window.MainMsPerEventPerPage(app, cpu: true), window.MainMsPerEventPerPage(relay, cpu: true),
            window.MainMsPerEventPerPage(node, cpu: true), 1.0);
        result.Add(new($"{prefix}working set at the end", "MB", window.WorkingSet(app), window.WorkingSet(relay), Node: window.WorkingSet(node)));
        if (dom.App.Count == 0)
        {
            // Doing nothing is cheap: costs only count when the app showed the events.
            result.Rows[result.Rows.IndexOf(cpu)] = cpu with { Met = false };
            result.Rows[result.Rows.IndexOf(main)] = main with { Met = false };
            result.Notes.Add($"{prefix}the app showed none of the events, so its CPU and main-thread numbers do not count");
        }
        if (window.HealthBefore?.WidgetRenders is { } renders0 && window.HealthAfter?.WidgetRenders is { } renders1
            && window.HealthBefore.WidgetChanges is { } changes0 && window.HealthAfter.WidgetChanges is { } changes1)
        {
            // Received vs rendered: every change reaches each page; pacing decides how many diffs carry them.
            result.Notes.Add($"{prefix}app pages: {changes1 - changes0} changes received, {renders1 - renders0} diffs sent "
                + $"({(renders1 - renders0) / (double)Math.Max(1, changes1 - changes0):0.00} per change)");
        }
        result.Notes.Add($"{prefix}samples (DOM / paint): app={dom.App.Count}/{paint.App.Count} relay={dom.Relay.Count}/{paint.Relay.Count}"
            + (node is null ? "" : $" node={dom.Node.Count}/{paint.Node.Count}"));
    }

    private static readonly LatencySummary Empty = new(0, 0, double.NaN, double.NaN, double.NaN, double.NaN);
}
