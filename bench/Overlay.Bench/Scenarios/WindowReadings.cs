using System.Diagnostics;
using Overlay.Bench.Browser;
using Overlay.Bench.Load;
using Overlay.Bench.Targets;

namespace Overlay.Bench.Scenarios;

/// <summary>
/// What changed over one measured window: process CPU of each target, renderer main-thread time of each page
/// (CDP TaskDuration and ThreadTime), and each target's working set at the end.
/// </summary>
public sealed record WindowReadings(
    double Seconds,
    long Events,
    IReadOnlyDictionary<ITarget, TimeSpan> Cpu,
    IReadOnlyDictionary<ProbePage, TimeSpan> TaskDuration,
    IReadOnlyDictionary<ProbePage, TimeSpan> ThreadTime,
    IReadOnlyDictionary<ITarget, double> WorkingSetMb,
    HealthSnapshot? HealthBefore,
    HealthSnapshot? HealthAfter)
{
    /// <summary>
    /// Sends <paramref name="count"/> frames at <paramref name="rate"/>, then waits <paramref name="drainSeconds"/>
    /// (a fixed drain instead of polling keeps the harness's own page calls out of the window), reading everything
    /// before and after.
    /// </summary>
    public static async Task<WindowReadings> MeasureAsync(Rig rig, double rate, long count, Func<long, OutgoingFrame> next,
        double drainSeconds, CancellationToken cancellationToken)
    {
        var health0 = await HealthSnapshot.ReadAsync(rig.App.Process, cancellationToken);
        var cpu0 = Measure.Cpu(rig.Targets);
        var task0 = await Measure.TaskDurationsAsync(rig.Pages);
        var thread0 = await Measure.ThreadTimesAsync(rig.Pages);
        var clock = Stopwatch.StartNew();
        await rig.Generator.RunAsync(rate, count, next, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(drainSeconds), cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu1 = Measure.Cpu(rig.Targets);
        var task1 = await Measure.TaskDurationsAsync(rig.Pages);
        var thread1 = await Measure.ThreadTimesAsync(rig.Pages);
        var health1 = await HealthSnapshot.ReadAsync(rig.App.Process, cancellationToken);
        await Measure.CollectAsync(rig.Pages);
        return new(seconds, count,
            cpu1.ToDictionary(p => p.Key, p => p.Value - cpu0[p.Key]),
            task1.ToDictionary(p => p.Key, p => p.Value - task0[p.Key]),
            thread1.ToDictionary(p => p.Key, p => p.Value - thread0[p.Key]),
            rig.Targets.ToDictionary(t => t, t => t.Process.WorkingSetBytes / 1048576.0),
            health0, health1);
    }

    public double CpuMsPerEvent(ITarget? target) =>
        target is null || Events == 0 ? double.NaN : Cpu[target].TotalMilliseconds / Events;

    /// <summary>Process CPU per wall second of the window, in ms/s (1000 = one core).</summary>
    public double CpuMsPerSecond(ITarget? target) => target is null ? double.NaN : Cpu[target].TotalMilliseconds / Seconds;

    public double WorkingSet(ITarget? target) => target is null ? double.NaN : WorkingSetMb[target];

    /// <summary>Mean over the target's pages (of one widget, when given) of main-thread ms per event.</summary>
    public double MainMsPerEventPerPage(ITarget? target, bool cpu, string? widget = null) =>
        Events == 0 ? double.NaN : PerPage(target, cpu, widget) / Events;

    /// <summary>Mean over the target's pages (of one widget, when given) of main-thread ms per second.</summary>
    public double MainMsPerSecondPerPage(ITarget? target, bool cpu, string? widget = null) => PerPage(target, cpu, widget) / Seconds;

    private double PerPage(ITarget? target, bool cpu, string? widget)
    {
        var readings = cpu ? ThreadTime : TaskDuration;
        var pages = readings.Keys.Where(p => p.Target == target?.Name && (widget is null || p.Widget == widget)).ToList();
        return pages.Count == 0 ? double.NaN : pages.Average(p => readings[p].TotalMilliseconds);
    }
}
