using System.Text.Json;
using Overlay.Bench.Targets;

namespace Overlay.Bench.Replay;

/// <summary>What /healthz says about the app's own collection sizes ("collections"), plus its drop total.</summary>
public sealed record CollectionSizes(IReadOnlyDictionary<string, long> Sizes, IReadOnlyDictionary<string, long> DroppedByReason)
{
    public long Dropped => DroppedByReason.Values.Sum();

    public static async Task<CollectionSizes?> ReadAsync(ChildProcess process, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync(new Uri(process.BaseUri, "healthz"), cancellationToken));
            var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
            if (doc.RootElement.TryGetProperty("collections", out var c) && c.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in c.EnumerateObject())
                {
                    sizes[p.Name] = p.Value.TryGetInt64(out var n) ? n : 0;
                }
            }
            var dropped = new Dictionary<string, long>(StringComparer.Ordinal);
            if (doc.RootElement.TryGetProperty("dropped", out var d) && d.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in d.EnumerateObject())
                {
                    dropped[p.Name] = p.Value.TryGetInt64(out var n) ? n : 0;
                }
            }
            return new CollectionSizes(sizes, dropped);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
