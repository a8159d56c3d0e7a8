namespace Overlay.Bench.Results;

/// <summary>
/// One line of a result table: a metric for the app and the relay baseline, their ratio, and the target
/// for it (with whether it was met) when there is one. NaN means "not measured". <paramref name="Node"/> is the Node
/// relay (bench/NodeRelay), in scenarios that run it.
/// </summary>
public sealed record ResultRow(string Metric, string Unit, double App, double Relay, string? Target = null, bool? Met = null,
    double Node = double.NaN)
{
    public double Ratio => Stats.Ratio(App, Relay);

    public double NodeRatio => Stats.Ratio(App, Node);
}
