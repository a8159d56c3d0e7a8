using Overlay.Web.Upstream;

namespace Overlay.Web.Diagnostics;

public static class HealthEndpoint
{
    /// <summary>
    /// GET /healthz: the upstream status, event counts and drop counts as JSON. "ok" while the app runs; the
    /// upstream's own state says whether events flow. Never contains the key or the upstream URL.
    /// </summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        var startedAt = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        app.MapGet("/healthz", (ConnectionStatusStore status, OverlayMetrics metrics, TimeProvider time) =>
        {
            var report = new HealthReport(
                "ok", status.Current, metrics.Frames, metrics.EventCounts, metrics.DropCounts, startedAt, time.GetUtcNow(),
                metrics.WidgetChanges, metrics.WidgetRenders);
            return TypedResults.Json(report, OverlayJsonContext.Default.HealthReport);
        });
        return app;
    }
}
