using Overlay.Bench.Browser;
using Overlay.Bench.Load;
using Overlay.Bench.Targets;

namespace Overlay.Bench.Scenarios;

/// <summary>The measurements the scenarios share: latency from tokens, CPU per event, main-thread time per page.</summary>
public static class Measure
{
    /// <summary>
    /// Latency (appear − send) of <paramref name="tokens"/> over all <paramref name="pages"/>; unseen ones count as
    /// missing. <paramref name="seenAt"/> picks the page's times: DOM sightings (the default) or paint frames.
    /// </summary>
    public static LatencySummary Latency(SendLog log, IEnumerable<ProbePage> pages, IReadOnlyList<string> tokens,
        Func<ProbePage, IReadOnlyDictionary<string, double>>? seenAt = null)
    {
        seenAt ??= page => page.Appeared;
        var latencies = new List<double>();
        var missing = 0;
        foreach (var page in pages)
        {
            var times = seenAt(page);
            foreach (var token in tokens)
            {
                if (times.TryGetValue(token, out var at) && log.TryGet(token, out var sent))
                {
                    latencies.Add(at - sent);
                }
                else
                {
                    missing++;
                }
            }
        }
        return Stats.Summarize(latencies, missing);
    }

    public static Task<Dictionary<ProbePage, TimeSpan>> TaskDurationsAsync(IEnumerable<ProbePage> pages) =>
        ReadAllAsync(pages, page => page.TaskDurationAsync());

    public static Task<Dictionary<ProbePage, TimeSpan>> ThreadTimesAsync(IEnumerable<ProbePage> pages) =>
        ReadAllAsync(pages, page => page.ThreadTimeAsync());

    private static async Task<Dictionary<ProbePage, TimeSpan>> ReadAllAsync(IEnumerable<ProbePage> pages,
        Func<ProbePage, Task<TimeSpan>> read)
    {
        var result = new Dictionary<ProbePage, TimeSpan>();
        foreach (var page in pages)
        {
            result[page] = await read(page);
        }
        return result;
    }

    /// <summary>Mean over the target's pages of main-thread ms per event, between two TaskDuration readings.</summary>
    public static double MainThreadMsPerEventPerPage(ITarget target, Dictionary<ProbePage, TimeSpan> before,
        Dictionary<ProbePage, TimeSpan> after, long events)
    {
        var perPage = before.Keys.Where(p => p.Target == target.Name)
            .Select(p => (after[p] - before[p]).TotalMilliseconds / events).ToList();
        return perPage.Count == 0 || events == 0 ? double.NaN : perPage.Average();
    }

    public static Dictionary<ITarget, TimeSpan> Cpu(IEnumerable<ITarget> targets) => targets.ToDictionary(t => t, t => t.Process.CpuTime);

    public static double CpuMsPerEvent(ITarget? target, Dictionary<ITarget, TimeSpan> before, Dictionary<ITarget, TimeSpan> after,
        long events) =>
        target is null || events == 0 ? double.NaN : (after[target] - before[target]).TotalMilliseconds / events;

    public static async Task CollectAsync(IEnumerable<ProbePage> pages)
    {
        foreach (var page in pages)
        {
            await page.CollectAsync();
        }
    }

    public static IReadOnlyList<string> Tokens(char kind, long from, long count) =>
        Enumerable.Range(0, (int)count).Select(i => Frames.Token(kind, from + i)).ToList();
}
