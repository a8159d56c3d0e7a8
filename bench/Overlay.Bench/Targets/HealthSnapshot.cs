using System.Text.Json;

namespace Overlay.Bench.Targets;

/// <summary>
/// What the app's GET /healthz says about itself (frames read, events dropped by reason, upstream state), read
/// tolerantly: the relay and older app builds answer a bare {"status":"ok"}.
/// </summary>
/// <param name="WidgetChanges">View changes delivered to open widget pages; with WidgetRenders (diffs sent) it shows
/// how much render pacing merged.</param>
public sealed record HealthSnapshot(long? Frames, IReadOnlyDictionary<string, long> Dropped, string Upstream,
    long? WidgetChanges = null, long? WidgetRenders = null)
{
    public long DroppedTotal => Dropped.Values.Sum();

    public string DroppedText => Dropped.Count == 0 ? "none" : string.Join(", ", Dropped.Select(d => $"{d.Key}={d.Value}"));

    public static async Task<HealthSnapshot?> ReadAsync(ChildProcess process, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync(new Uri(process.BaseUri, "healthz"), cancellationToken));
            var root = doc.RootElement;
            var frames = root.TryGetProperty("frames", out var f) && f.TryGetInt64(out var n) ? n : (long?)null;
            var dropped = new Dictionary<string, long>();
            if (root.TryGetProperty("dropped", out var d) && d.ValueKind == JsonValueKind.Object)
            {
                foreach (var reason in d.EnumerateObject())
                {
                    dropped[reason.Name] = reason.Value.TryGetInt64(out var count) ? count : 0;
                }
            }
            var upstream = root.TryGetProperty("upstream", out var u) && u.ValueKind == JsonValueKind.Object
                && u.TryGetProperty("summary", out var s) ? s.ToString() : "";
            return new HealthSnapshot(frames, dropped, upstream, Long(root, "widgetChanges"), Long(root, "widgetRenders"));
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static long? Long(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.TryGetInt64(out var n) ? n : null;
}
