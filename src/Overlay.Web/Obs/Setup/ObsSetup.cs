using Overlay.Web.Admin;
using System.Text.Json.Nodes;
using Overlay.Web.Obs.Client;
using Overlay.Web.Obs.Protocol;
using Overlay.Web.Obs.Settings;
using Overlay.Web.Widgets;

namespace Overlay.Web.Obs.Setup;

/// <summary>
/// One-click setup: "Add to OBS" puts one widget's browser source in the current scene; "Set up everything" makes a
/// scene "TikTok LIVE" with every enabled widget laid out (<see cref="ObsLayout"/>). A widget whose URL OBS already has is
/// updated (size, audio) and reused, never duplicated; where the streamer moved a source, it stays there.
/// </summary>
public sealed class ObsSetup(ObsConnection obs, WidgetInstanceService widgets, ObsWidgetUrls urls, ObsSettingsRepository settings, FirstRun firstRun)
{
    public const string SceneName = "TikTok LIVE";

    public async Task<ObsSetupResult> AddToCurrentSceneAsync(WidgetEntry widget, CancellationToken ct)
    {
        var current = await obs.RequestAsync("GetCurrentProgramScene", null, ct).ConfigureAwait(false);
        if (!current.Ok || (current.String("sceneName") ?? current.String("currentProgramSceneName")) is not { } scene)
        {
            return new ObsSetupResult(false, current.Problem ?? "OBS did not say which scene is live.");
        }
        var existing = await ObsSourceFinder.BrowserSourcesAsync(obs, ct).ConfigureAwait(false);
        var placed = await PlaceAsync(Source(widget), scene, existing, ct).ConfigureAwait(false);
        if (placed.Problem is { } problem)
        {
            return new ObsSetupResult(false, problem);
        }
        firstRun.Mark(FirstRun.Obs);
        return new ObsSetupResult(true, $"{(placed.NewInput ? "Added" : "Updated")} \"{placed.InputName}\" in the scene \"{scene}\".");
    }

    public async Task<ObsSetupResult> SetUpEverythingAsync(CancellationToken ct)
    {
        var created = await obs.RequestAsync("CreateScene", new JsonObject { ["sceneName"] = SceneName }, ct).ConfigureAwait(false);
        if (!created.Ok && created.Code != ObsRequestStatus.ResourceAlreadyExists)
        {
            return new ObsSetupResult(false, created.Problem ?? "OBS did not create the scene.");
        }
        var entries = widgets.List().Where(w => w.Instance.Kind.IsEnabled(w.Settings)).ToList();
        var sources = entries.Select(Source).ToList();
        var grid = ObsLayout.Grid([.. sources.Select(s => (s.Width, s.Height))]);
        var existing = await ObsSourceFinder.BrowserSourcesAsync(obs, ct).ConfigureAwait(false);
        int added = 0, updated = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            var placed = await PlaceAsync(sources[i], SceneName, existing, ct).ConfigureAwait(false);
            if (placed.Problem is { } problem)
            {
                return new ObsSetupResult(false, $"Stopped at \"{entries[i].Instance.Name}\": {problem}");
            }
            if (placed.NewItem && placed.ItemId is { } id)
            {
                var at = grid[i];
                var transform = new JsonObject { ["positionX"] = at.X, ["positionY"] = at.Y, ["scaleX"] = at.Scale, ["scaleY"] = at.Scale };
                var moved = await obs.RequestAsync("SetSceneItemTransform",
                    new JsonObject { ["sceneName"] = SceneName, ["sceneItemId"] = id, ["sceneItemTransform"] = transform }, ct).ConfigureAwait(false);
                if (!moved.Ok)
                {
                    return new ObsSetupResult(false, moved.Problem ?? "OBS did not place a source.");
                }
            }
            if (placed.NewInput)
            {
                added++;
            }
            else
            {
                updated++;
            }
        }
        firstRun.Mark(FirstRun.Obs);
        return new ObsSetupResult(true,
            $"Scene \"{SceneName}\" is ready with {sources.Count} widgets ({added} added, {updated} updated). " +
            "Switch to it in OBS, or add it to your own scenes as a scene source.");
    }

    private ObsBrowserSource Source(WidgetEntry widget) => ObsBrowserSource.For(widget, urls.For(widget, settings.Get().Host));

    private sealed record Placed(string? Problem, string InputName = "", int? ItemId = null, bool NewInput = false, bool NewItem = false);

    private async Task<Placed> PlaceAsync(ObsBrowserSource source, string scene, Dictionary<string, string> existing, CancellationToken ct)
    {
        if (existing.TryGetValue(ObsSourceFinder.Key(source.Url), out var name))
        {
            var update = await obs.RequestAsync("SetInputSettings",
                new JsonObject { ["inputName"] = name, ["inputSettings"] = source.Settings(), ["overlay"] = true }, ct).ConfigureAwait(false);
            if (!update.Ok)
            {
                return new Placed(update.Problem);
            }
            var item = await obs.RequestAsync("GetSceneItemId", new JsonObject { ["sceneName"] = scene, ["sourceName"] = name }, ct)
                .ConfigureAwait(false);
            if (item.Ok)
            {
                return new Placed(null, name, item.Int("sceneItemId"));
            }
            var added = await obs.RequestAsync("CreateSceneItem", new JsonObject { ["sceneName"] = scene, ["sourceName"] = name }, ct)
                .ConfigureAwait(false);
            return added.Ok ? new Placed(null, name, added.Int("sceneItemId"), NewItem: true) : new Placed(added.Problem);
        }
        // Input names are unique across OBS: a source of the streamer's own may already carry ours.
        for (var n = 1; n <= 20; n++)
        {
            var candidate = n == 1 ? source.Name : $"{source.Name} ({n})";
            var created = await obs.RequestAsync("CreateInput", new JsonObject
            {
                ["sceneName"] = scene,
                ["inputName"] = candidate,
                ["inputKind"] = ObsSourceFinder.BrowserSourceKind,
                ["inputSettings"] = source.Settings(),
                ["sceneItemEnabled"] = true,
            }, ct).ConfigureAwait(false);
            if (created.Ok)
            {
                existing[ObsSourceFinder.Key(source.Url)] = candidate;
                return new Placed(null, candidate, created.Int("sceneItemId"), NewInput: true, NewItem: true);
            }
            if (created.Code != ObsRequestStatus.ResourceAlreadyExists)
            {
                return new Placed(created.Problem);
            }
        }
        return new Placed($"OBS already has sources named \"{source.Name}\" (2 to 20): rename one and try again.");
    }
}
