using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Overlay.Bench.Micro;

namespace Overlay.Bench.Scenarios;

/// <summary>
/// BenchmarkDotNet micro-benchmarks, in process: the emitted toolchain does not generate and build a second
/// project (which would trip over central package management and warnings-as-errors). Reports go to
/// bench/results/micro; the Ratio column compares against each class's baseline.
/// </summary>
public static class MicroScenario
{
    public static int Run(string[] benchmarkDotNetArgs)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(Path.Combine(RepoPaths.Results, "micro"));
        var summaries = BenchmarkSwitcher.FromTypes(MicroBenchmarks.Types)
            .Run(benchmarkDotNetArgs.Length == 0 ? ["--filter", "*"] : benchmarkDotNetArgs, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
