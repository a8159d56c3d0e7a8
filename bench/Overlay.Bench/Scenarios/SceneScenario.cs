using Overlay.Bench.Load;
using Overlay.Bench.Results;
using Overlay.Bench.Targets;
using Overlay.Web.Widgets;

namespace Overlay.Bench.Scenarios;

/// <summary>
/// A streamer's scene (issue 18): six widget pages open on the app at once (gift alert, chat ticker, like goal, top
/// gifters, activity feed, viewer count) under a realistic mix of events (<see cref="SceneMix"/>), against six plain
/// relay pages on the .NET relay and six on the Node relay fed the same frames. Reports server CPU per second and per
/// event, renderer main-thread CPU per page, the app's working set, and the chat's latency. <c>--busy</c> repeats
/// the window with one core kept busy.
/// </summary>
public sealed class SceneScenario(BenchArgs args, AppChoice appStandIn) : IScenario
{
    private static readonly IReadOnlyList<string> AppWidgets =
    [
        WidgetPages.GiftAlert, WidgetPages.ChatTicker, WidgetPages.LikeGoal, WidgetPages.TopGifters,
        WidgetPages.ActivityFeed, WidgetPages.ViewerCount,
    ];

    private readonly double _rate = Math.Max(1, args.Number("rate", 50));
    private readonly double _seconds = Math.Max(1, args.Number("seconds", 60));
    // Longer than latency's: six pages and five widget kinds have more code to tier up before the window counts.
    private readonly double _warmup = args.Number("warmup", 10);
    private readonly double _drain = args.Number("drain", 2);
    private readonly bool _busy = args.Flag("busy");

    public TimeSpan Budget => TimeSpan.FromSeconds((_busy ? 2 : 1) * (_seconds + _drain + 1) + _warmup + _drain + 300);

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = new BenchResult("scene", args.Used);
        // Short alerts, so a minute of gifts does not leave a long queue behind the window.
        var settings = new Dictionary<string, string> { ["Widgets__GiftAlert__DisplaySeconds"] = "2" };
        var extra = new Dictionary<string, WidgetKind>
        {
            [WidgetPages.TopGifters] = WidgetKinds.TopGifters,
            [WidgetPages.ActivityFeed] = WidgetKinds.ActivityFeed,
            [WidgetPages.ViewerCount] = WidgetKinds.ViewerCount,
        };
        await using var rig = await Rig.StartAsync(new RigOptions(Relay: true, Browser: true, settings, appStandIn)
        {
            NodeRelay = true,
            ExtraWidgets = extra,
        }, cancellationToken);
        foreach (var widget in appStandIn.IsStandIn ? [WidgetPages.ChatTicker] : AppWidgets)
        {
            await rig.OpenPagesAsync(rig.App, widget, appStandIn.IsStandIn ? AppWidgets.Count : 1);
        }
        foreach (var relay in new[] { rig.Relay, rig.NodeRelay }.OfType<ITarget>())
        {
            await rig.OpenPagesAsync(relay, WidgetPages.ChatTicker, AppWidgets.Count);
        }
        await rig.WaitUntilPagesShowEventsAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var warm = new SceneMix('w', 1_000_000);
        await rig.Generator.RunAsync(_rate, (long)(_rate * _warmup), warm.Next, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(_drain), cancellationToken);
        await Measure.CollectAsync(rig.Pages);

        var count = (long)(_rate * _seconds);
        var quiet = new SceneMix('b', 2_000_000, warm.LikeTotal);
        var window = await WindowReadings.MeasureAsync(rig, _rate, count, quiet.Next, _drain, cancellationToken);
        AddRows(result, rig, window, quiet.ChatTokens, "");
        if (_busy)
        {
            using var busy = BusyCore.Start();
            var spun0 = busy.CpuTime;
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var busyMix = new SceneMix('b', 3_000_000, quiet.LikeTotal);
            var busyWindow = await WindowReadings.MeasureAsync(rig, _rate, count, busyMix.Next, _drain, cancellationToken);
            AddRows(result, rig, busyWindow, busyMix.ChatTokens, "busy: ");
            result.Notes.Add($"busy: a spinning process (pid {busy.Pid}) got {(busy.CpuTime - spun0).TotalSeconds / (busyWindow.Seconds + 1):0.00} cores during the busy window");
        }
        foreach (var page in rig.PagesOf(rig.App))
        {
            // A page with no text at the end was not a widget (a wrong slug) or never rendered: say so, it skews the sums.
            if (string.IsNullOrWhiteSpace(await page.TextAsync()))
            {
                result.Notes.Add($"app {page.Widget} page shows no text at the end of the run");
            }
        }
        if (await HealthSnapshot.ReadAsync(rig.App.Process, cancellationToken) is { Frames: not null } health)
        {
            result.Notes.Add($"app /healthz: {health.Frames} frames, drops: {health.DroppedText}; upstream: {health.Upstream}");
        }
        result.Notes.AddRange(rig.Notes);
        result.Notes.Add($"{count} events per window at {_rate:0.#}/s ({quiet.ChatTokens.Count} chats); app: one page per widget; "
            + $"relays: {AppWidgets.Count} pages each; relay/node columns of per-widget rows = their mean page");
        return result;
    }

    private static void AddRows(BenchResult result, Rig rig, WindowReadings window, IReadOnlyList<string> chats, string prefix)
    {
        var (app, relay, node) = (rig.App, rig.Relay, rig.NodeRelay);
        result.Add(new($"{prefix}server CPU per second", "ms/s", window.CpuMsPerSecond(app), window.CpuMsPerSecond(relay),
            Node: window.CpuMsPerSecond(node)));
        result.Add(new($"{prefix}server CPU per event", "ms", window.CpuMsPerEvent(app), window.CpuMsPerEvent(relay),
            Node: window.CpuMsPerEvent(node)));
        foreach (var widget in rig.PagesOf(app).Select(p => p.Widget).Distinct())
        {
            result.Add(new($"{prefix}main thread CPU (ThreadTime), {widget}", "ms/s", window.MainMsPerSecondPerPage(app, cpu: true, widget),
                window.MainMsPerSecondPerPage(relay, cpu: true), Node: window.MainMsPerSecondPerPage(node, cpu: true)));
        }
        // All pages of the scene together: what OBS's browser sources cost the PC.
        double Sum(ITarget? t, bool cpu) => t is null ? double.NaN
            : (cpu ? window.ThreadTime : window.TaskDuration).Where(p => p.Key.Target == t.Name).Sum(p => p.Value.TotalMilliseconds) / window.Seconds;
        result.Add(new($"{prefix}main thread CPU (ThreadTime), all pages", "ms/s", Sum(app, true), Sum(relay, true), Node: Sum(node, true)));
        result.Add(new($"{prefix}main thread (TaskDuration), all pages", "ms/s", Sum(app, false), Sum(relay, false), Node: Sum(node, false)));
        result.Add(new($"{prefix}working set at the end", "MB", window.WorkingSet(app), window.WorkingSet(relay), Node: window.WorkingSet(node)));

        var log = rig.Generator.Log;
        var appChat = rig.PagesOf(app, WidgetPages.ChatTicker).ToList();
        var relayPages = relay is null ? [] : rig.PagesOf(relay).ToList();
        var nodePages = node is null ? [] : rig.PagesOf(node).ToList();
        var dom = (App: Measure.Latency(log, appChat, chats), Relay: Measure.Latency(log, relayPages, chats), Node: Measure.Latency(log, nodePages, chats));
        var paint = (App: Measure.Latency(log, appChat, chats, p => p.Painted), Relay: Measure.Latency(log, relayPages, chats, p => p.Painted),
            Node: Measure.Latency(log, nodePages, chats, p => p.Painted));
        if (dom.Relay.Count == 0)
        {
            throw new HarnessException($"{prefix}the relay pages showed none of the scene's chats");
        }
        result.Add(new($"{prefix}chat DOM latency p50", "ms", dom.App.P50, dom.Relay.P50, Node: dom.Node.P50));
        result.Add(new($"{prefix}chat DOM latency p99", "ms", dom.App.P99, dom.Relay.P99, Node: dom.Node.P99));
        result.Add(new($"{prefix}chat paint latency p50", "ms", paint.App.P50, paint.Relay.P50, Node: paint.Node.P50));
        result.Add(new($"{prefix}chat paint latency p99", "ms", paint.App.P99, paint.Relay.P99, Node: paint.Node.P99));
        result.Add(new($"{prefix}chats not shown", "%", dom.App.MissingPercent, dom.Relay.MissingPercent,
            Node: node is null ? double.NaN : dom.Node.MissingPercent));
        var skipped = SkippedRows.Violations(log, appChat, chats);
        result.Add(new($"{prefix}skipped chat rows that would have stayed >= {SkippedRows.ReadableMs:0} ms", "count", skipped,
            SkippedRows.Violations(log, relayPages, chats), "= 0", skipped == 0, node is null ? double.NaN : SkippedRows.Violations(log, nodePages, chats)));
    }
}
