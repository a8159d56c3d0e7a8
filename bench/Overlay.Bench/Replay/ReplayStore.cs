using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Overlay.Web.Storage;
using Overlay.Web.Widgets;
using Overlay.Widgets.Leaderboard;

namespace Overlay.Bench.Replay;

/// <summary>
/// A new store for the replay with the widgets a streamer would have added next to the seeded ones: top gifters
/// (20 rows, this stream), top likers, activity feed and viewer count. Written with the app's own repository before
/// the app starts, so the rows are exactly what the admin would have saved.
/// </summary>
public static class ReplayStore
{
    public const string TopGifters = "top-gifters";
    public const string TopLikers = "top-likers";
    public const string ActivityFeed = "activity-feed";
    public const string ViewerCount = "viewer-count";

    public static void Create(string path)
    {
        using var store = new OverlayStore(Options.Create(new StorageOptions { Path = path }), TimeProvider.System, NullLogger<OverlayStore>.Instance);
        var widgets = new WidgetInstanceRepository(store);
        var rows = (LeaderboardSettings)WidgetKinds.TopGifters.Form.Defaults() with { Rows = LeaderboardSettings.MaxRowsLimit };
        widgets.Upsert(new StoredWidget(TopGifters, WidgetKinds.TopGifters, "Top gifters", WidgetKinds.TopGifters.Form.Serialize(rows)));
        Add(widgets, TopLikers, WidgetKinds.TopLikers, "Top likers");
        Add(widgets, ActivityFeed, WidgetKinds.ActivityFeed, "Activity feed");
        Add(widgets, ViewerCount, WidgetKinds.ViewerCount, "Viewer count");
        if (store.Problem is { } problem)
        {
            throw new HarnessException($"the replay store could not be written: {problem}");
        }
    }

    private static void Add(WidgetInstanceRepository widgets, string slug, WidgetKind kind, string name) =>
        widgets.Upsert(new StoredWidget(slug, kind, name, kind.Form.Serialize(kind.Form.Defaults())));
}
