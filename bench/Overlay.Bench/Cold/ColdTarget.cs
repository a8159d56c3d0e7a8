namespace Overlay.Bench.Cold;

/// <summary>How to start one target cold: the command, what answers when it is up, and its chat page.</summary>
/// <param name="AlivePath">The app's public /alive; the relay has only /healthz.</param>
public sealed record ColdTarget(string Name, string FileName, IReadOnlyList<string> Args, string WorkingDirectory,
    string AlivePath, string PagePath, IReadOnlyDictionary<string, string> Environment);

/// <summary>What one cold start measured. Times are milliseconds from just before the process was created.</summary>
/// <param name="FirstRenderMs">The first chat token in the page's DOM; for the app this may come with the prerendered HTML.</param>
/// <param name="FirstLiveRenderMs">The first token sent after the page had loaded: a diff over the live circuit (or socket).</param>
/// <param name="WindowCpuMsPerEvent">Server CPU per event in each window (the first one includes the start itself).</param>
public sealed record ColdMeasurement(
    double AliveMs,
    double ConnectedMs,
    double FirstRenderMs,
    double FirstLiveRenderMs,
    double CpuMs,
    long Events,
    double WorkingSetMb,
    IReadOnlyList<double> WindowCpuMsPerEvent,
    IReadOnlyList<long> WindowEvents)
{
    public double CpuMsPerEvent => Events == 0 ? double.NaN : CpuMs / Events;
}
