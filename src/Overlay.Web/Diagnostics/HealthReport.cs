using Overlay.Web.Upstream;

namespace Overlay.Web.Diagnostics;

/// <summary>What GET /healthz returns. Built from the status snapshot and counters only: it cannot hold the key.</summary>
public sealed record HealthReport(
    string Status,
    ConnectionStatus Upstream,
    long Frames,
    IReadOnlyDictionary<string, long> Events,
    IReadOnlyDictionary<string, long> Dropped,
    DateTimeOffset StartedAt,
    DateTimeOffset Now);
