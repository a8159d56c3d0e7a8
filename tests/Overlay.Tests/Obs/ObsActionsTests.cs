using System.Text.Json.Nodes;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Obs.Actions;

namespace Overlay.Tests.Obs;

public sealed class ObsActionsTests
{
    private static async Task<(ObsHarness Obs, ObsActions Actions)> ConnectedAsync(CancellationToken ct)
    {
        var obs = await ObsHarness.StartAsync("pw-actions", "pw-actions", ct);
        await obs.ConnectedAsync(ct);
        return (obs, new ObsActions(obs.Connection));
    }

    [Fact]
    public async Task Switch_scene_sets_the_program_scene()
    {
        var ct = TestContext.Current.CancellationToken;
        var (obs, actions) = await ConnectedAsync(ct);
        await using var _ = obs;
        obs.Server.Obs.AddScene("Dance");

        var result = await actions.SwitchSceneAsync("Dance", ct);

        Assert.True(result.Ok, result.Problem);
        Assert.Equal("Dance", obs.Server.Obs.CurrentScene);
        Assert.True(actions.IsConnected);
    }

    [Fact]
    public async Task Switch_to_an_unknown_scene_names_it_in_the_problem()
    {
        var ct = TestContext.Current.CancellationToken;
        var (obs, actions) = await ConnectedAsync(ct);
        await using var _ = obs;

        var result = await actions.SwitchSceneAsync("Nope", ct);

        Assert.Equal("OBS has no scene named \"Nope\".", result.Problem);
        Assert.Equal("Scene", obs.Server.Obs.CurrentScene);
    }

    [Fact]
    public async Task Hiding_a_source_without_a_scene_uses_the_current_program_scene()
    {
        var ct = TestContext.Current.CancellationToken;
        var (obs, actions) = await ConnectedAsync(ct);
        await using var _ = obs;
        obs.Server.Obs.AddScene("Other");
        obs.Server.Obs.AddInput("Cam", "v4l2_input", [], "Other");
        obs.Server.Obs.AddInput("Cam", "v4l2_input", [], "Scene");

        var hidden = await actions.SetSourceVisibleAsync(null, "Cam", false, ct);

        Assert.True(hidden.Ok, hidden.Problem);
        Assert.False(obs.Server.Obs.SceneNamed("Scene")!.Items.Single().Enabled);
        Assert.True(obs.Server.Obs.SceneNamed("Other")!.Items.Single().Enabled);
        Assert.Contains(obs.Server.Requests, r => r.Type == "GetSceneItemId" && (string?)r.Data["sceneName"] == "Scene");
    }

    [Fact]
    public async Task Showing_a_source_in_a_named_scene_enables_its_item_there()
    {
        var ct = TestContext.Current.CancellationToken;
        var (obs, actions) = await ConnectedAsync(ct);
        await using var _ = obs;
        obs.Server.Obs.AddScene("Dance");
        obs.Server.Obs.AddInput("Lion GIF", "image_source", [], "Dance");
        obs.Server.Obs.SceneNamed("Dance")!.Items.Single().Enabled = false;

        var shown = await actions.SetSourceVisibleAsync("Dance", "Lion GIF", true, ct);
        var missing = await actions.SetSourceVisibleAsync("Dance", "Nothing", true, ct);

        Assert.True(shown.Ok, shown.Problem);
        Assert.True(obs.Server.Obs.SceneNamed("Dance")!.Items.Single().Enabled);
        Assert.Equal("The scene \"Dance\" has no source named \"Nothing\".", missing.Problem);
    }

    [Fact]
    public async Task Set_text_changes_only_the_text_of_a_text_source()
    {
        var ct = TestContext.Current.CancellationToken;
        var (obs, actions) = await ConnectedAsync(ct);
        await using var _ = obs;
        obs.Server.Obs.AddInput("Last gift", "text_gdiplus_v3", new JsonObject { ["text"] = "old", ["font"] = new JsonObject { ["size"] = 48 } }, "Scene");

        var result = await actions.SetTextAsync("Last gift", "<b>ana</b> sent a Lion", ct);

        Assert.True(result.Ok, result.Problem);
        var settings = obs.Server.Obs.Inputs.Single().Settings;
        Assert.Equal("<b>ana</b> sent a Lion", (string?)settings["text"]);
        Assert.Equal(48, (int?)settings["font"]!["size"]);
    }

    [Fact]
    public async Task Trigger_hotkey_triggers_it_by_name_and_names_an_unknown_one()
    {
        var ct = TestContext.Current.CancellationToken;
        var (obs, actions) = await ConnectedAsync(ct);
        await using var _ = obs;

        var known = await actions.TriggerHotkeyAsync("OBSBasic.Screenshot", ct);
        var unknown = await actions.TriggerHotkeyAsync("NoSuchHotkey", ct);

        Assert.True(known.Ok, known.Problem);
        Assert.Equal(["OBSBasic.Screenshot"], obs.Server.Obs.TriggeredHotkeys);
        Assert.Equal("OBS has no hotkey named \"NoSuchHotkey\".", unknown.Problem);
    }

    [Fact]
    public async Task Start_and_stop_recording_and_asking_twice_is_not_a_failure()
    {
        var ct = TestContext.Current.CancellationToken;
        var (obs, actions) = await ConnectedAsync(ct);
        await using var _ = obs;

        var started = await actions.SetRecordingAsync(true, ct);
        var again = await actions.SetRecordingAsync(true, ct);
        var recording = obs.Server.Obs.Recording;
        var stopped = await actions.SetRecordingAsync(false, ct);
        var stoppedAgain = await actions.SetRecordingAsync(false, ct);

        Assert.All([started, again, stopped, stoppedAgain], r => Assert.True(r.Ok, r.Problem));
        Assert.True(recording);
        Assert.False(obs.Server.Obs.Recording);
        Assert.Equal(2, obs.Server.Requests.Count(r => r.Type == "StartRecord"));
    }

    [Fact]
    public async Task Save_replay_buffer_saves_a_clip_and_explains_a_buffer_that_is_not_running()
    {
        var ct = TestContext.Current.CancellationToken;
        var (obs, actions) = await ConnectedAsync(ct);
        await using var _ = obs;

        var off = await actions.SaveReplayBufferAsync(ct);
        obs.Server.Obs.ReplayBufferActive = true;
        var saved = await actions.SaveReplayBufferAsync(ct);

        Assert.Contains("replay buffer is not running", off.Problem);
        Assert.True(saved.Ok, saved.Problem);
        Assert.Equal(1, obs.Server.Obs.ReplaySaves);
    }

    [Fact]
    public async Task Every_action_answers_with_a_problem_while_OBS_is_away()
    {
        var ct = TestContext.Current.CancellationToken;
        var (obs, actions) = await ConnectedAsync(ct);
        await using var _ = obs;
        await obs.Server.CloseAllAsync(1001, "bye", ct);
        await obs.StatusAsync(s => !s.IsConnected, ct);

        var results = new[]
        {
            await actions.SwitchSceneAsync("Scene", ct),
            await actions.SetSourceVisibleAsync(null, "Cam", true, ct),
            await actions.SetTextAsync("T", "x", ct),
            await actions.TriggerHotkeyAsync("OBSBasic.Screenshot", ct),
            await actions.SetRecordingAsync(true, ct),
            await actions.SaveReplayBufferAsync(ct),
        };

        Assert.All(results, r => Assert.Contains("OBS is not connected", r.Problem));
        Assert.False(actions.IsConnected);
    }

    [Fact]
    public async Task Lookups_list_scenes_and_sources_in_OBS_order_top_first_with_the_text_sources_and_hotkeys()
    {
        var ct = TestContext.Current.CancellationToken;
        var (obs, _) = await ConnectedAsync(ct);
        await using var __ = obs;
        obs.Server.Obs.AddScene("Dance");
        obs.Server.Obs.AddInput("Last gift", "text_ft2_source_v2", [], "Dance");
        obs.Server.Obs.AddInput("Cam", "v4l2_input", [], "Dance");
        var lookups = new ObsLookups(obs.Connection);

        Assert.Equal(["Scene", "Dance"], await lookups.ScenesAsync(ct));
        Assert.Equal(["Cam", "Last gift"], await lookups.SourcesAsync("Dance", ct));
        Assert.Equal(["Last gift"], await lookups.TextSourcesAsync(ct));
        Assert.Contains("OBSBasic.Screenshot", await lookups.HotkeysAsync(ct));
    }
}
