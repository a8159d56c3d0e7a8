using System.Globalization;

namespace Overlay.Bench;

/// <summary>`&lt;command&gt; --name value --flag ...`; every option read is remembered for the result file.</summary>
public sealed class BenchArgs
{
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);

    private BenchArgs(string command) => Command = command;

    public string Command { get; }

    /// <summary>The options as used (defaults included), written next to the results.</summary>
    public Dictionary<string, string> Used { get; } = [];

    public static BenchArgs Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException("missing command");
        }
        var parsed = new BenchArgs(args[0].ToLowerInvariant());
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }
            var name = args[i][2..];
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            parsed._options[name] = hasValue ? args[++i] : "true";
        }
        return parsed;
    }

    public string String(string name, string fallback) => Use(name, _options.GetValueOrDefault(name, fallback));

    public bool Flag(string name) => String(name, "false") is "true" or "1" or "yes";

    public double Number(string name, double fallback)
    {
        var text = String(name, fallback.ToString(CultureInfo.InvariantCulture));
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new ArgumentException($"--{name} must be a non-negative number, not '{text}'");
    }

    public int Int(string name, int fallback) => (int)Number(name, fallback);

    public IReadOnlyList<int> Ints(string name, string fallback) =>
        String(name, fallback).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.TryParse(s, CultureInfo.InvariantCulture, out var v) && v >= 0
                ? v
                : throw new ArgumentException($"--{name} must be a comma-separated list of counts"))
            .ToList();

    /// <summary>Options nobody asked for: most likely a typo, so the run stops before it starts.</summary>
    public IEnumerable<string> Unused => _options.Keys.Where(k => !Used.ContainsKey(k));

    private string Use(string name, string value)
    {
        Used[name] = value;
        return value;
    }
}
