using System.Diagnostics;
using Overlay.Bench.Browser;
using Overlay.Bench.Load;
using Overlay.Bench.Targets;

namespace Overlay.Bench.Cold;

/// <summary>
/// Starts one target from nothing and watches its first <paramref name="duration"/>: chat goes out at
/// <paramref name="rate"/> from the moment the process is created (counted only while the target is connected to
/// the generator), one chat page opens as soon as the alive path answers, CPU is read at every window boundary.
/// </summary>
public sealed class ColdRun(Generator generator, BrowserProbe browser, TimeSpan duration, double rate, TimeSpan window)
{
    private static readonly TimeSpan AliveTimeout = TimeSpan.FromSeconds(60);

    public async Task<ColdMeasurement> MeasureAsync(ColdTarget target, RuntimeOption option, long firstSeq, CancellationToken cancellationToken)
    {
        var windows = (int)Math.Ceiling(duration / window);
        var windowEvents = new long[windows];
        var windowCpu = new double[windows];
        await using var process = ColdProcess.Start(target.Name, target.FileName, target.Args, target.WorkingDirectory, option, target.Environment);
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var connectedMs = double.NaN;
        var sending = SendAsync(firstSeq, windowEvents, clock, ms => connectedMs = double.IsNaN(connectedMs) ? ms : connectedMs, stop.Token);
        var sampling = SampleCpuAsync(process, windowCpu, clock, stop.Token);
        ProbePage? page = null;
        try
        {
            var aliveAt = await process.WaitForAsync(target.AlivePath, AliveTimeout, cancellationToken);
            page = await browser.OpenAsync(target.Name, WidgetPages.ChatTicker, new Uri(process.BaseUri, target.PagePath));
            var loadedAt = BenchClock.NowMs();
            await sending;
            await sampling;
            await page.CollectAsync();
            var first = page.Appeared.Values.DefaultIfEmpty(double.NaN).Min();
            var firstLive = page.Appeared
                .Where(p => generator.Log.TryGet(p.Key, out var sent) && sent >= loadedAt)
                .Select(p => p.Value).DefaultIfEmpty(double.NaN).Min();
            var events = windowEvents.Sum();
            return new ColdMeasurement(
                aliveAt - process.StartedMs,
                connectedMs,
                first - process.StartedMs,
                firstLive - process.StartedMs,
                windowCpu[^1],
                events,
                process.WorkingSetBytes / 1e6,
                [.. windowCpu.Select((cpu, i) => windowEvents[i] == 0 ? double.NaN : (cpu - (i == 0 ? 0 : windowCpu[i - 1])) / windowEvents[i])],
                windowEvents);
        }
        finally
        {
            await stop.CancelAsync();
            await Quietly(sending);
            await Quietly(sampling);
            if (page is not null)
            {
                await page.CloseAsync();
            }
        }
    }

    private async Task SendAsync(long firstSeq, long[] windowEvents, Stopwatch clock, Action<double> connected, CancellationToken cancellationToken)
    {
        long due = 0;
        var seq = firstSeq;
        while (clock.Elapsed < duration)
        {
            var target = (long)(clock.Elapsed.TotalSeconds * rate) + 1;
            for (; due < target; due++)
            {
                // Before the target connects nobody receives the frame; it is not an event it had to handle.
                if (generator.ClientCount == 0)
                {
                    continue;
                }
                connected(clock.Elapsed.TotalMilliseconds);
                generator.Broadcast(Frames.Chat('b', seq++));
                windowEvents[Math.Min(windowEvents.Length - 1, (int)(clock.Elapsed / window))]++;
            }
            await Task.Delay(1, cancellationToken);
        }
    }

    /// <summary>Cumulative CPU of the process at the end of each window.</summary>
    private async Task SampleCpuAsync(ColdProcess process, double[] cumulative, Stopwatch clock, CancellationToken cancellationToken)
    {
        for (var i = 0; i < cumulative.Length; i++)
        {
            var end = window * (i + 1) < duration ? window * (i + 1) : duration;
            var wait = end - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
            cumulative[i] = process.Process.HasExited ? double.NaN : process.CpuTime.TotalMilliseconds;
        }
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
            // Stopped early because the run failed; that failure is what gets reported.
        }
    }
}
