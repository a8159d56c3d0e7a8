using System.Text.Json.Nodes;
using Overlay.Web.Obs.Client;
using Overlay.Web.Obs.Protocol;

namespace Overlay.Web.Obs.Actions;

/// <summary>What the admin's pickers offer: OBS's scenes, a scene's sources, its text sources and hotkeys. Empty when OBS is away.</summary>
public sealed class ObsLookups(ObsConnection obs)
{
    /// <summary>The input kinds that have a "text" setting: GDI+ (Windows) and FreeType 2 (macOS, Linux).</summary>
    public static IReadOnlyList<string> TextKinds { get; } = ["text_gdiplus", "text_ft2_source"];

    /// <summary>Scene names in OBS's order (its list is bottom to top, so reversed).</summary>
    public async Task<IReadOnlyList<string>> ScenesAsync(CancellationToken cancellationToken)
    {
        var response = await obs.RequestAsync("GetSceneList", null, cancellationToken).ConfigureAwait(false);
        return [.. Names(response, "scenes", "sceneName").Reverse()];
    }

    public async Task<IReadOnlyList<string>> SourcesAsync(string scene, CancellationToken cancellationToken)
    {
        var response = await obs.RequestAsync("GetSceneItemList", new JsonObject { ["sceneName"] = scene }, cancellationToken).ConfigureAwait(false);
        return [.. Names(response, "sceneItems", "sourceName").Reverse()];
    }

    public async Task<IReadOnlyList<string>> TextSourcesAsync(CancellationToken cancellationToken)
    {
        var response = await obs.RequestAsync("GetInputList", null, cancellationToken).ConfigureAwait(false);
        return [.. response.Objects("inputs")
            .Where(i => (ObsMessage.Read.String(i, "unversionedInputKind") ?? ObsMessage.Read.String(i, "inputKind")) is { } kind
                && TextKinds.Any(k => kind.StartsWith(k, StringComparison.Ordinal)))
            .Select(i => ObsMessage.Read.String(i, "inputName"))
            .OfType<string>()];
    }

    public async Task<IReadOnlyList<string>> HotkeysAsync(CancellationToken cancellationToken)
    {
        var response = await obs.RequestAsync("GetHotkeyList", null, cancellationToken).ConfigureAwait(false);
        return [.. (response.Data["hotkeys"] as JsonArray ?? []).Select(h => h is JsonValue v && v.TryGetValue(out string? s) ? s : null).OfType<string>()];
    }

    private static IEnumerable<string> Names(ObsResponse response, string list, string field) =>
        response.Objects(list).Select(o => ObsMessage.Read.String(o, field)).OfType<string>();
}
