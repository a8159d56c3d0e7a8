using System.Collections.Concurrent;

namespace Overlay.Web.Diagnostics;

/// <summary>Counters for /healthz and the admin page. Thread-safe; cheap enough for the hot path.</summary>
public sealed class OverlayMetrics
{
    private readonly ConcurrentDictionary<string, long> _events = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<DropReason, long> _dropped = new();
    private readonly ConcurrentDictionary<RefusalReason, long> _refused = new();
    private readonly ConcurrentDictionary<string, long> _entrySources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _entryActions = new(StringComparer.Ordinal);

    /// <summary>Distinct entry sources kept; the wire decides the names, so past this they count as "other".</summary>
    public const int MaxEntrySources = 64;
    private long _frames;
    private long _widgetChanges;
    private long _widgetRenders;

    public long Frames => Interlocked.Read(ref _frames);

    /// <summary>View changes delivered to open widget pages (one per page per change).</summary>
    public long WidgetChanges => Interlocked.Read(ref _widgetChanges);

    /// <summary>Diffs sent to widget pages; fewer than <see cref="WidgetChanges"/> when pacing coalesced changes.</summary>
    public long WidgetRenders => Interlocked.Read(ref _widgetRenders);

    public void CountWidgetChange() => Interlocked.Increment(ref _widgetChanges);

    public void CountWidgetRender() => Interlocked.Increment(ref _widgetRenders);

    public void CountFrame() => Interlocked.Increment(ref _frames);

    /// <summary>Counts one parsed event by its wire name (unknown names are counted under their own name).</summary>
    public void CountEvent(string name) => _events.AddOrUpdate(name, 1, static (_, n) => n + 1);

    public void CountDropped(DropReason reason) => _dropped.AddOrUpdate(reason, 1, static (_, n) => n + 1);

    public long Dropped(DropReason reason) => _dropped.GetValueOrDefault(reason);

    /// <summary>
    /// Where a joining viewer came from (§10 member entrySource, e.g. "homepage_hot-live_cell") and how
    /// (entryAction: "draw" = recommended by TikTok, "click", "other"); "" counts as "unknown".
    /// </summary>
    public void CountEntry(string source, string action)
    {
        Bounded(_entrySources, source.Length > 0 ? source : "unknown");
        Bounded(_entryActions, action.Length > 0 ? action : "unknown");
    }

    public IReadOnlyDictionary<string, long> EntrySources => new SortedDictionary<string, long>(_entrySources, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> EntryActions => new SortedDictionary<string, long>(_entryActions, StringComparer.Ordinal);

    private static void Bounded(ConcurrentDictionary<string, long> counts, string key)
    {
        if (!counts.ContainsKey(key) && counts.Count >= MaxEntrySources)
        {
            key = "other";
        }
        counts.AddOrUpdate(key, 1, static (_, n) => n + 1);
    }

    public void CountRefused(RefusalReason reason) => _refused.AddOrUpdate(reason, 1, static (_, n) => n + 1);

    public long Refused(RefusalReason reason) => _refused.GetValueOrDefault(reason);

    public IReadOnlyDictionary<string, long> RefusalCounts =>
        new SortedDictionary<string, long>(_refused.ToDictionary(p => p.Key.ToString(), p => p.Value), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> EventCounts =>
        new SortedDictionary<string, long>(_events, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> DropCounts =>
        new SortedDictionary<string, long>(_dropped.ToDictionary(p => p.Key.ToString(), p => p.Value), StringComparer.Ordinal);
}
