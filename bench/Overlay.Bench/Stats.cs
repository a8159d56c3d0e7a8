namespace Overlay.Bench;

/// <summary>Latency summary of one target, in milliseconds.</summary>
public sealed record LatencySummary(int Count, int Missing, double P50, double P95, double P99, double Max)
{
    public double MissingPercent => Count + Missing == 0 ? 0 : 100.0 * Missing / (Count + Missing);
}

public static class Stats
{
    /// <summary>Nearest-rank percentile of an ascending list; NaN when empty.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static LatencySummary Summarize(IEnumerable<double> latencies, int missing)
    {
        var sorted = latencies.Order().ToList();
        return new(sorted.Count, missing, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99),
            sorted.Count == 0 ? double.NaN : sorted[^1]);
    }

    /// <summary>Least-squares slope of y over x.</summary>
    public static double Slope(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count < 2)
        {
            return double.NaN;
        }
        var mx = x.Average();
        var my = y.Average();
        var num = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        var den = x.Sum(a => (a - mx) * (a - mx));
        return den == 0 ? double.NaN : num / den;
    }

    public static double Median(IEnumerable<double> values) => Percentile(values.Order().ToList(), 50);

    /// <summary>a / b, NaN when b is zero or either is unknown.</summary>
    public static double Ratio(double a, double b) => b == 0 || double.IsNaN(a) || double.IsNaN(b) ? double.NaN : a / b;
}
