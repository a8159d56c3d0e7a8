using Overlay.Web.Rules.Engine;
using Overlay.Web.Upstream;

namespace Overlay.Web.Diagnostics;

public static class HealthEndpoint
{
    public const string AlivePath = "/alive";

    /// <summary>
    /// GET /healthz (this computer only): the upstream status, event counts and drop counts as JSON. "ok" while
    /// the app runs; the upstream's own state says whether events flow. Never contains the key or the upstream URL.
    /// GET /alive (public): "ok" and nothing else, so a widget page on another PC can tell the app is back.
    /// </summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        var startedAt = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        app.MapGet("/healthz", (ConnectionStatusStore status, OverlayMetrics metrics, RuleMetrics rules, TimeProvider time, Tts.Synthesis.SpeechMaker speech,
            Pipeline.EventRules events, Pipeline.GiftComboTracker combos, Widgets.LeaderboardTracker leaderboards) =>
        {
            var report = new HealthReport(
                "ok", status.Current, metrics.Frames, metrics.EventCounts, metrics.DropCounts, startedAt, time.GetUtcNow(),
                metrics.WidgetChanges, metrics.WidgetRenders, metrics.RefusalCounts,
                new EntryStats(metrics.EntrySources, metrics.EntryActions), TtsHealthOf(speech.Status), rules.Snapshot(),
                CollectionsOf(events, combos, leaderboards));
            return TypedResults.Json(report, OverlayJsonContext.Default.HealthReport);
        });
        app.MapGet(AlivePath, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.Text("ok", "text/plain; charset=utf-8");
        });
        return app;
    }

    private static SortedDictionary<string, long> CollectionsOf(Pipeline.EventRules events, Pipeline.GiftComboTracker combos,
        Widgets.LeaderboardTracker leaderboards) =>
        new(new Dictionary<string, long>(
            [
                new("openCombos", combos.OpenCount),
                new("finishedCombos", combos.FinishedCount),
                .. events.CollectionSizes(),
                .. leaderboards.CollectionSizes(),
            ]), StringComparer.Ordinal);

    private static TtsHealth TtsHealthOf(Tts.Synthesis.SpeechEngineStatus s) =>
        new(s.Engine, s.Voices.Count, s.Made, s.Failures.Values.Sum(), s.Failures);
}
