using System.Text.Json.Nodes;

namespace Overlay.Tests.Infrastructure;

/// <summary>
/// The part of OBS the fake server models: scenes with their items, inputs with their settings, the program scene,
/// recording, the replay buffer and hotkeys. Requests change it the way OBS does, with OBS's status codes
/// (600 not found, 601 already exists, 500/501 output running/not running). Thread-safe: one lock.
/// </summary>
public sealed partial class FakeObs
{
    private readonly Lock _gate = new();
    private readonly List<Scene> _scenes = [new("Scene")];
    private readonly Dictionary<string, Input> _inputs = new(StringComparer.Ordinal);
    private readonly List<string> _triggered = [];
    private int _nextItemId = 1;

    public sealed class Scene(string name)
    {
        public string Name { get; } = name;
        public List<Item> Items { get; } = [];
    }

    public sealed class Item(int id, string sourceName)
    {
        public int Id { get; } = id;
        public string SourceName { get; } = sourceName;
        public bool Enabled { get; set; } = true;
        public JsonObject Transform { get; set; } = new() { ["positionX"] = 0.0, ["positionY"] = 0.0, ["scaleX"] = 1.0, ["scaleY"] = 1.0 };
    }

    public sealed class Input(string name, string kind, JsonObject settings)
    {
        public string Name { get; } = name;
        public string Kind { get; } = kind;
        public JsonObject Settings { get; set; } = settings;
    }

    public string CurrentScene { get; private set; } = "Scene";

    public bool Recording { get; private set; }

    public bool ReplayBufferActive { get; set; }

    public int ReplaySaves { get; private set; }

    public HashSet<string> Hotkeys { get; } = new(StringComparer.Ordinal) { "OBSBasic.StartRecording", "OBSBasic.Screenshot" };

    public IReadOnlyList<string> TriggeredHotkeys
    {
        get { lock (_gate) { return [.. _triggered]; } }
    }

    /// <summary>Adds a scene (tests arrange OBS as a streamer left it).</summary>
    public void AddScene(string name)
    {
        lock (_gate)
        {
            _scenes.Add(new Scene(name));
        }
    }

    /// <summary>Adds an input and, when <paramref name="scene"/> is given, an item for it there; returns the item id (0 without a scene).</summary>
    public int AddInput(string name, string kind, JsonObject settings, string? scene = null)
    {
        lock (_gate)
        {
            _inputs[name] = new Input(name, kind, settings);
            return scene is null ? 0 : AddItem(FindScene(scene)!, name).Id;
        }
    }

    public Scene? SceneNamed(string name)
    {
        lock (_gate)
        {
            return FindScene(name);
        }
    }

    public IReadOnlyList<Input> Inputs
    {
        get { lock (_gate) { return [.. _inputs.Values]; } }
    }

    public IReadOnlyList<Scene> Scenes
    {
        get { lock (_gate) { return [.. _scenes]; } }
    }

    private Scene? FindScene(string? name) => _scenes.FirstOrDefault(s => s.Name == name);

    private Item AddItem(Scene scene, string source)
    {
        var item = new Item(_nextItemId++, source);
        scene.Items.Add(item);
        return item;
    }
}
