using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Overlay.Web.Storage;
using Overlay.Web.Widgets;

namespace Overlay.Bench.Targets;

/// <summary>
/// Adds widget instances to a new store before the app starts, through the app's own repository. Kinds such as the
/// leaderboard, activity feed and viewer count have no default instance, and the app has no setting that creates
/// one; the app still seeds its default instances (from the run's settings) on top of these, as on a first start.
/// </summary>
public static class StoreSeed
{
    public static void AddWidgets(string storePath, IReadOnlyDictionary<string, WidgetKind> widgets)
    {
        if (widgets.Count == 0)
        {
            return;
        }
        // Disposed before the app starts: the store holds its file with an exclusive lock.
        using var store = new OverlayStore(Options.Create(new StorageOptions { Path = storePath }), TimeProvider.System,
            NullLogger<OverlayStore>.Instance);
        if (store.Problem is { } problem)
        {
            throw new HarnessException($"could not prepare the app's store: {problem}");
        }
        var repository = new WidgetInstanceRepository(store);
        foreach (var (slug, kind) in widgets)
        {
            repository.Upsert(new StoredWidget(slug, kind, kind.DisplayName, kind.Form.Serialize(kind.Form.Defaults())));
        }
    }
}
