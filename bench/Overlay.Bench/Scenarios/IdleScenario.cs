using Overlay.Bench.Load;
using Overlay.Bench.Results;
using Overlay.Bench.Targets;

namespace Overlay.Bench.Scenarios;

/// <summary>
/// One page of each widget with no events for N seconds: DOM mutations, running infinite CSS animations and
/// renderer main-thread time. A few events go out first (then a settle time), because "idle after some chat
/// and an alert" is what a stream looks like between events.
/// </summary>
public sealed class IdleScenario(BenchArgs args, AppChoice appStandIn) : IScenario
{
    private readonly double _seconds = Math.Max(1, args.Number("seconds", 60));
    private readonly double _settle = args.Number("settle", 5);
    private readonly bool _noPrime = args.Flag("no-prime");

    public TimeSpan Budget => TimeSpan.FromSeconds(_seconds + _settle + 180);

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = new BenchResult("idle", args.Used);
        var settings = new Dictionary<string, string> { ["Widgets__GiftAlert__DisplaySeconds"] = "1" };
        await using var rig = await Rig.StartAsync(new RigOptions(Relay: true, Browser: true, settings, appStandIn), cancellationToken);
        var relay = rig.Relay!;
        foreach (var widget in appStandIn.IsStandIn ? [WidgetPages.ChatTicker] : WidgetPages.All)
        {
            await rig.OpenPagesAsync(rig.App, widget, 1);
        }
        await rig.OpenPagesAsync(relay, WidgetPages.ChatTicker, 1);
        if (!_noPrime)
        {
            await rig.WaitUntilPagesShowEventsAsync(TimeSpan.FromSeconds(30), cancellationToken);
            for (var i = 0; i < 5; i++)
            {
                rig.Generator.Broadcast(Frames.Like(i, 1000 + 15 * i));
            }
        }
        await Task.Delay(TimeSpan.FromSeconds(_settle), cancellationToken);

        foreach (var page in rig.Pages)
        {
            await page.MutationsAsync(reset: true);
        }
        var main0 = await Measure.TaskDurationsAsync(rig.Pages);
        await Task.Delay(TimeSpan.FromSeconds(_seconds), cancellationToken);
        var main1 = await Measure.TaskDurationsAsync(rig.Pages);
        var relayPage = rig.PagesOf(relay).Single();
        var relayMutations = await relayPage.MutationsAsync(reset: false);
        var relayInfinite = await relayPage.InfiniteAnimationsAsync();
        var relayMainMsPerSecond = (main1[relayPage] - main0[relayPage]).TotalMilliseconds / _seconds;
        foreach (var page in rig.PagesOf(rig.App))
        {
            var isChat = page.Widget == WidgetPages.ChatTicker;
            var mutations = await page.MutationsAsync(reset: false);
            var infinite = await page.InfiniteAnimationsAsync();
            result.Add(new($"{page.Widget}: DOM mutations", "count", mutations, isChat ? relayMutations : double.NaN, "= 0", mutations == 0));
            result.Add(new($"{page.Widget}: infinite animations running", "count", infinite, isChat ? relayInfinite : double.NaN, "= 0", infinite == 0));
            result.Add(new($"{page.Widget}: animations running", "count", await page.RunningAnimationsAsync(), double.NaN));
            result.Add(new($"{page.Widget}: renderer main thread", "ms/s", (main1[page] - main0[page]).TotalMilliseconds / _seconds,
                isChat ? relayMainMsPerSecond : double.NaN));
        }
        result.Notes.AddRange(rig.Notes);
        result.Notes.Add($"measured over {_seconds:0} s after a {_settle:0} s settle; relay column = the relay's chat page");
        return result;
    }
}
