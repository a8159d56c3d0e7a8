namespace Overlay.Bench.Results;

/// <summary>Everything one scenario run produced; written as a table, JSON and CSV.</summary>
public sealed class BenchResult(string scenario, IReadOnlyDictionary<string, string> parameters)
{
    public string Scenario => scenario;

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.Now;

    public IReadOnlyDictionary<string, string> Parameters => parameters;

    public List<ResultRow> Rows { get; } = [];

    public List<string> Notes { get; } = [];

    /// <summary>Time series (e.g. soak working set), name → (seconds, value) points.</summary>
    public Dictionary<string, List<double[]>> Series { get; } = [];

    public bool AllTargetsMet => Rows.All(r => r.Met != false);

    public ResultRow Add(ResultRow row)
    {
        Rows.Add(row);
        return row;
    }

    /// <summary>A row whose target is "app ≤ factor × relay".</summary>
    public ResultRow AddRatio(string metric, string unit, double app, double relay, double maxRatio)
    {
        var ratio = Stats.Ratio(app, relay);
        return Add(new ResultRow(metric, unit, app, relay, $"ratio <= {maxRatio:0.##}",
            double.IsNaN(ratio) ? (double.IsNaN(app) ? false : null) : ratio <= maxRatio));
    }

    /// <summary>
    /// A row whose target is "app ≤ factor × Node relay" (issue 18: the thinnest relay is the baseline). Without a Node
    /// relay (node or npm missing) it is judged against the .NET relay, and the target says so.
    /// </summary>
    public ResultRow AddVsNode(string metric, string unit, double app, double relay, double node, double maxRatio)
    {
        var useNode = !double.IsNaN(node);
        var ratio = Stats.Ratio(app, useNode ? node : relay);
        return Add(new ResultRow(metric, unit, app, relay, useNode ? $"app/node <= {maxRatio:0.##}" : $"app/relay <= {maxRatio:0.##} (no node)",
            double.IsNaN(ratio) ? (double.IsNaN(app) ? false : null) : ratio <= maxRatio, node));
    }
}
