using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Overlay.Bench.Results;

/// <summary>Prints a result as a table and writes it to bench/results/&lt;scenario&gt;-&lt;time&gt;.json and .csv.</summary>
public static class ResultWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Print(BenchResult result, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"== {result.Scenario} ({string.Join(", ", result.Parameters.Select(p => $"{p.Key}={p.Value}"))})");
        // The Node relay's columns only where a scenario ran it, so the other tables stay as they were.
        var node = result.Rows.Any(r => !double.IsNaN(r.Node));
        string[] header = node
            ? ["metric", "unit", "app", "relay", "node", "app/relay", "app/node", "target", "met"]
            : ["metric", "unit", "app", "relay", "app/relay", "target", "met"];
        var lines = result.Rows.Select(r => (node
            ? new[] { r.Metric, r.Unit, Format(r.App), Format(r.Relay), Format(r.Node), Format(r.Ratio), Format(r.NodeRatio) }
            : new[] { r.Metric, r.Unit, Format(r.App), Format(r.Relay), Format(r.Ratio) }).Append(r.Target ?? "").Append(r.Met switch
            {
                true => "yes",
                false => "NO",
                null => "",
            }).ToArray()).ToList();
        var leftAligned = new[] { 0, 1, header.Length - 2 };
        var widths = header.Select((h, i) => Math.Max(h.Length, lines.Select(l => l[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        output.WriteLine(Row(header, widths, leftAligned));
        output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var line in lines)
        {
            output.WriteLine(Row(line, widths, leftAligned));
        }
        foreach (var note in result.Notes)
        {
            output.WriteLine($"note: {note}");
        }
    }

    public static string Write(BenchResult result)
    {
        var stem = Path.Combine(RepoPaths.Results, $"{result.Scenario}-{result.StartedAt:yyyyMMdd-HHmmss}");
        File.WriteAllText(stem + ".json", JsonSerializer.Serialize(result, Json));
        // node and node_ratio go last, so readers of the older columns keep working.
        var csv = new StringBuilder("scenario,metric,unit,app,relay,ratio,target,met,node,node_ratio\n");
        foreach (var r in result.Rows)
        {
            csv.AppendLine(string.Join(',', result.Scenario, Csv(r.Metric), Csv(r.Unit), Number(r.App), Number(r.Relay),
                Number(r.Ratio), Csv(r.Target ?? ""), r.Met?.ToString() ?? "", Number(r.Node), Number(r.NodeRatio)));
        }
        File.WriteAllText(stem + ".csv", csv.ToString());
        return stem;
    }

    private static string Row(string[] cells, int[] widths, int[] leftAligned) =>
        string.Join(" | ", cells.Select((c, i) => leftAligned.Contains(i) ? c.PadRight(widths[i]) : c.PadLeft(widths[i])));

    private static string Format(double value) => double.IsNaN(value) ? "-"
        : Math.Abs(value) >= 100 ? value.ToString("0", CultureInfo.InvariantCulture)
        : value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Number(double value) => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Csv(string value) => value.Contains(',') || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
