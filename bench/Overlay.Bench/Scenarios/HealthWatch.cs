using Overlay.Bench.Targets;

namespace Overlay.Bench.Scenarios;

/// <summary>Polls a target's /healthz twice a second until stopped: (checks, failures).</summary>
public static class HealthWatch
{
    public static async Task<(int Checks, int Failures)> RunAsync(ChildProcess process, CancellationToken stop)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var checks = 0;
        var failures = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                checks++;
                if (!await process.IsHealthyAsync(http, stop) && !stop.IsCancellationRequested)
                {
                    failures++;
                }
                await Task.Delay(500, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the counts so far are the answer.
        }
        return (checks, failures);
    }
}
