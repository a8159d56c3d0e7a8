using System.Text.Json.Nodes;
using Overlay.Web.Obs.Client;
using Overlay.Web.Obs.Protocol;

namespace Overlay.Web.Obs.Actions;

/// <summary>
/// <see cref="IObsActions"/> over the app's OBS connection. OBS's refusals become sentences a streamer can act on
/// ("OBS has no scene named …"); asking for a state OBS is already in (start recording while recording) is success,
/// so a rule that fires twice does not report a failure.
/// </summary>
public sealed class ObsActions(ObsConnection obs) : IObsActions
{
    public bool IsConnected => obs.Status.IsConnected;

    public async Task<ObsResult> SwitchSceneAsync(string scene, CancellationToken cancellationToken = default)
    {
        var response = await obs.RequestAsync("SetCurrentProgramScene", new JsonObject { ["sceneName"] = scene }, cancellationToken).ConfigureAwait(false);
        return Result(response, $"OBS has no scene named \"{scene}\".");
    }

    public async Task<ObsResult> SetSourceVisibleAsync(string? scene, string source, bool visible, CancellationToken cancellationToken = default)
    {
        if (scene is null)
        {
            var current = await obs.RequestAsync("GetCurrentProgramScene", null, cancellationToken).ConfigureAwait(false);
            if (!current.Ok)
            {
                return new ObsResult(current.Problem);
            }
            scene = current.String("sceneName") ?? current.String("currentProgramSceneName") ?? "";
        }
        var found = await obs.RequestAsync("GetSceneItemId", new JsonObject { ["sceneName"] = scene, ["sourceName"] = source }, cancellationToken)
            .ConfigureAwait(false);
        if (!found.Ok || found.Int("sceneItemId") is not { } id)
        {
            return Result(found, $"The scene \"{scene}\" has no source named \"{source}\".");
        }
        var set = await obs.RequestAsync("SetSceneItemEnabled",
            new JsonObject { ["sceneName"] = scene, ["sceneItemId"] = id, ["sceneItemEnabled"] = visible }, cancellationToken).ConfigureAwait(false);
        return Result(set, $"The scene \"{scene}\" has no source named \"{source}\".");
    }

    public async Task<ObsResult> SetTextAsync(string source, string text, CancellationToken cancellationToken = default)
    {
        // Both text inputs (GDI+ on Windows, FreeType elsewhere) keep their text under "text"; overlay keeps the rest.
        var response = await obs.RequestAsync("SetInputSettings",
            new JsonObject { ["inputName"] = source, ["inputSettings"] = new JsonObject { ["text"] = text }, ["overlay"] = true },
            cancellationToken).ConfigureAwait(false);
        return Result(response, $"OBS has no source named \"{source}\".");
    }

    public async Task<ObsResult> TriggerHotkeyAsync(string hotkeyName, CancellationToken cancellationToken = default)
    {
        var response = await obs.RequestAsync("TriggerHotkeyByName", new JsonObject { ["hotkeyName"] = hotkeyName }, cancellationToken)
            .ConfigureAwait(false);
        return Result(response, $"OBS has no hotkey named \"{hotkeyName}\".");
    }

    public async Task<ObsResult> SetRecordingAsync(bool start, CancellationToken cancellationToken = default)
    {
        var response = await obs.RequestAsync(start ? "StartRecord" : "StopRecord", null, cancellationToken).ConfigureAwait(false);
        if (response.Code == (start ? ObsRequestStatus.OutputRunning : ObsRequestStatus.OutputNotRunning))
        {
            return ObsResult.Success;
        }
        return Result(response, null);
    }

    public async Task<ObsResult> SaveReplayBufferAsync(CancellationToken cancellationToken = default)
    {
        var response = await obs.RequestAsync("SaveReplayBuffer", null, cancellationToken).ConfigureAwait(false);
        if (response.Code == ObsRequestStatus.OutputNotRunning)
        {
            return new ObsResult("The replay buffer is not running: start it in OBS (Controls → Start Replay Buffer; set it up in Settings → Output).");
        }
        return Result(response, null);
    }

    private static ObsResult Result(ObsResponse response, string? notFound) =>
        response.Ok ? ObsResult.Success
        : response.Code == ObsRequestStatus.ResourceNotFound && notFound is not null ? new ObsResult(notFound)
        : new ObsResult(response.Problem);
}
