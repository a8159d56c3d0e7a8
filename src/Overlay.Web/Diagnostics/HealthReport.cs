using Overlay.Web.Rules.Engine;
using Overlay.Web.Upstream;

namespace Overlay.Web.Diagnostics;

/// <summary>
/// What GET /healthz returns. Built from the status snapshot and counters only: it cannot hold the key.
/// <paramref name="WidgetChanges"/> counts view changes delivered to open widget pages and
/// <paramref name="WidgetRenders"/> the diffs actually sent to them (render pacing merges changes).
/// <paramref name="Refused"/> counts requests turned away at the door (foreign Host or Origin, limits).
/// <paramref name="Tts"/> says whether a speech engine was found and counts phrases that failed.
/// <paramref name="Rules"/>: Actions &amp; Events runs, failures and what the rate limits and the action budget held back.
/// <paramref name="Collections"/>: sizes of the in-memory sets and maps that grow with a stream (open and finished
/// combos, duplicate ids, leaderboard viewers), so a long run can show they stay bounded.
/// </summary>
public sealed record HealthReport(
    string Status,
    ConnectionStatus Upstream,
    long Frames,
    IReadOnlyDictionary<string, long> Events,
    IReadOnlyDictionary<string, long> Dropped,
    DateTimeOffset StartedAt,
    DateTimeOffset Now,
    long WidgetChanges,
    long WidgetRenders,
    IReadOnlyDictionary<string, long> Refused,
    EntryStats Entries,
    TtsHealth Tts,
    RuleStats Rules,
    IReadOnlyDictionary<string, long> Collections);

/// <summary>Where joining viewers came from (§10 member entrySource) and how (entryAction), as counts.</summary>
public sealed record EntryStats(IReadOnlyDictionary<string, long> Sources, IReadOnlyDictionary<string, long> Actions);

/// <summary>The speech engine (null when none was found), how many voices it has, clips made and failures by reason.</summary>
public sealed record TtsHealth(string? Engine, int Voices, long Made, long Failed, IReadOnlyDictionary<string, long> Failures);
