using Overlay.Bench.Results;

namespace Overlay.Bench.Scenarios;

public interface IScenario
{
    /// <summary>The longest this scenario may take; the run is cancelled (and cleaned up) after it.</summary>
    TimeSpan Budget { get; }

    Task<BenchResult> RunAsync(CancellationToken cancellationToken);
}
