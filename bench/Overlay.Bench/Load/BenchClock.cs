using System.Diagnostics;

namespace Overlay.Bench.Load;

/// <summary>
/// Milliseconds since the Unix epoch with sub-millisecond resolution: the wall clock read once, then a
/// monotonic stopwatch. Browsers stamp with performance.timeOrigin + performance.now(), the same scale on the
/// same machine, so appear time − send time is a latency.
/// </summary>
public static class BenchClock
{
    private static readonly double AnchorMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    private static readonly long AnchorTicks = Stopwatch.GetTimestamp();

    public static double NowMs() => AnchorMs + Stopwatch.GetElapsedTime(AnchorTicks).TotalMilliseconds;
}
