using System.Text.Json.Nodes;

namespace Overlay.Tests.Infrastructure;

public sealed partial class FakeObs
{
    private static readonly IReadOnlyList<(string, int, JsonObject)> NoEvents = [];

    /// <summary>Serves one request: status code, comment, responseData, and the events OBS would emit after it.</summary>
    public (int Code, string? Comment, JsonObject? Data, IReadOnlyList<(string Type, int Intent, JsonObject Data)> Events) Handle(string type, JsonObject d)
    {
        lock (_gate)
        {
            return type switch
            {
                "GetVersion" => Ok(new JsonObject
                {
                    ["obsVersion"] = FakeObsServer.ObsVersion, ["obsWebSocketVersion"] = FakeObsServer.WebSocketVersion, ["rpcVersion"] = 1,
                    ["availableRequests"] = new JsonArray(), ["platform"] = "ubuntu",
                }),
                "GetSceneList" => Ok(new JsonObject
                {
                    ["currentProgramSceneName"] = CurrentScene,
                    // OBS lists scenes bottom to top.
                    ["scenes"] = new JsonArray([.. _scenes.AsEnumerable().Reverse().Select((s, i) => (JsonNode)new JsonObject
                        { ["sceneName"] = s.Name, ["sceneIndex"] = i })]),
                }),
                "GetCurrentProgramScene" => Ok(new JsonObject { ["sceneName"] = CurrentScene, ["currentProgramSceneName"] = CurrentScene }),
                "SetCurrentProgramScene" => SetScene(d),
                "GetSceneItemId" => FindScene((string?)d["sceneName"]) is not { } s ? NotFound("Scene")
                    : s.Items.FirstOrDefault(i => i.SourceName == (string?)d["sourceName"]) is not { } item ? NotFound("Scene item")
                    : Ok(new JsonObject { ["sceneItemId"] = item.Id }),
                "GetSceneItemList" => FindScene((string?)d["sceneName"]) is not { } list ? NotFound("Scene")
                    : Ok(new JsonObject { ["sceneItems"] = new JsonArray([.. list.Items.Select((i, n) => (JsonNode)new JsonObject
                        { ["sceneItemId"] = i.Id, ["sourceName"] = i.SourceName, ["sceneItemEnabled"] = i.Enabled, ["sceneItemIndex"] = n })]) }),
                "SetSceneItemEnabled" => WithItem(d, i => i.Enabled = (bool)d["sceneItemEnabled"]!),
                "SetSceneItemTransform" => WithItem(d, i =>
                {
                    foreach (var (key, value) in (JsonObject)d["sceneItemTransform"]!)
                    {
                        i.Transform[key] = value?.DeepClone();
                    }
                }),
                "CreateSceneItem" => FindScene((string?)d["sceneName"]) is not { } target ? NotFound("Scene")
                    : !_inputs.ContainsKey((string?)d["sourceName"] ?? "") ? NotFound("Source")
                    : Ok(new JsonObject { ["sceneItemId"] = AddItem(target, (string)d["sourceName"]!).Id }),
                "GetInputList" => Ok(new JsonObject
                {
                    ["inputs"] = new JsonArray([.. _inputs.Values.Where(i => d["inputKind"] is null || i.Kind == (string?)d["inputKind"])
                        .Select(i => (JsonNode)new JsonObject { ["inputName"] = i.Name, ["inputKind"] = i.Kind, ["unversionedInputKind"] = Unversioned(i.Kind) })]),
                }),
                "GetInputSettings" => _inputs.GetValueOrDefault((string?)d["inputName"] ?? "") is not { } input ? NotFound("Input")
                    : Ok(new JsonObject { ["inputSettings"] = input.Settings.DeepClone(), ["inputKind"] = input.Kind }),
                "SetInputSettings" => SetInputSettings(d),
                "CreateInput" => CreateInput(d),
                "CreateScene" => FindScene((string?)d["sceneName"]) is not null ? (601, "A scene by that name already exists.", null, NoEvents)
                    : AddSceneAndAnswer((string)d["sceneName"]!),
                "TriggerHotkeyByName" => Hotkeys.Contains((string?)d["hotkeyName"] ?? "")
                    ? Triggered((string)d["hotkeyName"]!) : NotFound("Hotkey"),
                "GetHotkeyList" => Ok(new JsonObject { ["hotkeys"] = new JsonArray([.. Hotkeys.Select(h => (JsonNode)h)]) }),
                "StartRecord" => Recording ? (500, "Record output already active.", null, NoEvents) : Record(true),
                "StopRecord" => !Recording ? (501, "Record output not active.", null, NoEvents) : Record(false),
                "SaveReplayBuffer" => !ReplayBufferActive ? (501, "Replay buffer is not active.", null, NoEvents) : SaveReplay(),
                _ => (204, "Your request type is not valid.", null, NoEvents),
            };
        }
    }

    private static (int, string?, JsonObject?, IReadOnlyList<(string, int, JsonObject)>) Ok(JsonObject? data = null) => (100, null, data, NoEvents);

    private static (int, string?, JsonObject?, IReadOnlyList<(string, int, JsonObject)>) NotFound(string what) =>
        (600, $"No source was found by the name of the {what.ToLowerInvariant()} you asked for.", null, NoEvents);

    private static string Unversioned(string kind) =>
        kind.Length > 3 && kind[^3] == '_' && kind[^2] == 'v' && char.IsDigit(kind[^1]) ? kind[..^3] : kind;

    private (int, string?, JsonObject?, IReadOnlyList<(string, int, JsonObject)>) SetScene(JsonObject d)
    {
        if (FindScene((string?)d["sceneName"]) is not { } scene)
        {
            return NotFound("Scene");
        }
        CurrentScene = scene.Name;
        return (100, null, null, [("CurrentProgramSceneChanged", 1 << 2, new JsonObject { ["sceneName"] = scene.Name })]);
    }

    private (int, string?, JsonObject?, IReadOnlyList<(string, int, JsonObject)>) WithItem(JsonObject d, Action<Item> change)
    {
        if (FindScene((string?)d["sceneName"]) is not { } scene)
        {
            return NotFound("Scene");
        }
        if (scene.Items.FirstOrDefault(i => i.Id == (int?)d["sceneItemId"]) is not { } item)
        {
            return NotFound("Scene item");
        }
        change(item);
        return Ok();
    }

    private (int, string?, JsonObject?, IReadOnlyList<(string, int, JsonObject)>) SetInputSettings(JsonObject d)
    {
        if (_inputs.GetValueOrDefault((string?)d["inputName"] ?? "") is not { } input)
        {
            return NotFound("Input");
        }
        var settings = (bool?)d["overlay"] == false ? new JsonObject() : input.Settings;
        foreach (var (key, value) in (JsonObject)d["inputSettings"]!)
        {
            settings[key] = value?.DeepClone();
        }
        input.Settings = settings;
        return Ok();
    }

    private (int, string?, JsonObject?, IReadOnlyList<(string, int, JsonObject)>) CreateInput(JsonObject d)
    {
        var name = (string?)d["inputName"] ?? "";
        if (FindScene((string?)d["sceneName"]) is not { } scene)
        {
            return NotFound("Scene");
        }
        if (_inputs.ContainsKey(name) || _scenes.Any(s => s.Name == name))
        {
            return (601, "A source already exists by that input name.", null, NoEvents);
        }
        _inputs[name] = new Input(name, (string)d["inputKind"]!, (JsonObject?)d["inputSettings"]?.DeepClone() ?? []);
        var item = AddItem(scene, name);
        item.Enabled = (bool?)d["sceneItemEnabled"] ?? true;
        return Ok(new JsonObject { ["inputUuid"] = Guid.NewGuid().ToString(), ["sceneItemId"] = item.Id });
    }

    private (int, string?, JsonObject?, IReadOnlyList<(string, int, JsonObject)>) AddSceneAndAnswer(string name)
    {
        _scenes.Add(new Scene(name));
        return Ok(new JsonObject { ["sceneUuid"] = Guid.NewGuid().ToString() });
    }

    private (int, string?, JsonObject?, IReadOnlyList<(string, int, JsonObject)>) Triggered(string name)
    {
        _triggered.Add(name);
        return Ok();
    }

    private (int, string?, JsonObject?, IReadOnlyList<(string, int, JsonObject)>) Record(bool on)
    {
        Recording = on;
        var data = new JsonObject { ["outputActive"] = on, ["outputState"] = on ? "OBS_WEBSOCKET_OUTPUT_STARTED" : "OBS_WEBSOCKET_OUTPUT_STOPPED" };
        return (100, null, on ? null : new JsonObject { ["outputPath"] = "/home/streamer/rec.mkv" }, [("RecordStateChanged", 1 << 6, data)]);
    }

    private (int, string?, JsonObject?, IReadOnlyList<(string, int, JsonObject)>) SaveReplay()
    {
        ReplaySaves++;
        return Ok();
    }
}
