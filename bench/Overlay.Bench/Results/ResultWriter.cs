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
        string[] header = ["metric", "unit", "app", "relay", "app/relay", "target", "met"];
        var lines = result.Rows.Select(r => new[]
        {
            r.Metric, r.Unit, Format(r.App), Format(r.Relay), Format(r.Ratio), r.Target ?? "", r.Met switch
            {
                true => "yes",
                false => "NO",
                null => "",
            },
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, lines.Select(l => l[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        output.WriteLine(Row(header, widths));
        output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var line in lines)
        {
            output.WriteLine(Row(line, widths));
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
        var csv = new StringBuilder("scenario,metric,unit,app,relay,ratio,target,met\n");
        foreach (var r in result.Rows)
        {
            csv.AppendLine(string.Join(',', result.Scenario, Csv(r.Metric), Csv(r.Unit), Number(r.App), Number(r.Relay),
                Number(r.Ratio), Csv(r.Target ?? ""), r.Met?.ToString() ?? ""));
        }
        File.WriteAllText(stem + ".csv", csv.ToString());
        return stem;
    }

    private static string Row(string[] cells, int[] widths) =>
        string.Join(" | ", cells.Select((c, i) => i is 0 or 1 or 5 ? c.PadRight(widths[i]) : c.PadLeft(widths[i])));

    private static string Format(double value) => double.IsNaN(value) ? "-"
        : Math.Abs(value) >= 100 ? value.ToString("0", CultureInfo.InvariantCulture)
        : value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Number(double value) => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Csv(string value) => value.Contains(',') || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
