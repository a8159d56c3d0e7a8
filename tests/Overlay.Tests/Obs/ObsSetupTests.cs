using System.Text.Json.Nodes;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Obs.Client;
using Overlay.Web.Obs.Setup;
using Overlay.Web.Widgets;

namespace Overlay.Tests.Obs;

/// <summary>One-click setup in the real app against the fake OBS.</summary>
public sealed class ObsSetupTests
{
    private static async Task<(RunningApp App, FakeObsServer Obs)> StartAsync(CancellationToken ct)
    {
        var obs = await FakeObsServer.StartAsync("setup-pw", ct);
        var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var connection = app.Get<ObsConnection>();
        connection.Save(new() { Host = "127.0.0.1", Port = obs.Port, Password = "setup-pw", Enabled = true });
        await ObsStatusWaiter.WaitAsync(connection, s => s.IsConnected, ct);
        return (app, obs);
    }

    private static string UrlOf(RunningApp app, string slug) => app.Url("widgets/" + slug).ToString();

    [Fact]
    public async Task Set_up_everything_makes_the_TikTok_LIVE_scene_with_one_browser_source_per_widget()
    {
        var ct = TestContext.Current.CancellationToken;
        var (app, obs) = await StartAsync(ct);
        await using var _ = app;
        await using var __ = obs;
        var widgets = app.Get<WidgetInstanceService>().List().Where(w => w.Instance.Kind.IsEnabled(w.Settings)).ToList();
        // Text to speech is off on a fresh install; it joins the scene once enabled.
        Assert.DoesNotContain(widgets, w => w.Instance.Slug == "tts");

        Assert.False(app.Get<Overlay.Web.Admin.FirstRun>().IsDone(Overlay.Web.Admin.FirstRun.Obs));
        var result = await app.Get<ObsSetup>().SetUpEverythingAsync(ct);

        Assert.True(result.Ok, result.Message);
        // One-click setup is the checklist's "add a widget to OBS" as much as pasting a URL is.
        Assert.True(app.Get<Overlay.Web.Admin.FirstRun>().IsDone(Overlay.Web.Admin.FirstRun.Obs));
        var scene = obs.Obs.SceneNamed(ObsSetup.SceneName);
        Assert.NotNull(scene);
        Assert.Equal(widgets.Count, scene.Items.Count);
        Assert.Equal(widgets.Count, obs.Obs.Inputs.Count);
        foreach (var widget in widgets)
        {
            var input = Assert.Single(obs.Obs.Inputs, i => (string?)i.Settings["url"] == UrlOf(app, widget.Instance.Slug));
            Assert.Equal("browser_source", input.Kind);
            Assert.Equal((800, 600), ((int)input.Settings["width"]!, (int)input.Settings["height"]!));
            Assert.Equal(widget.Instance.Kind.HasSound, (bool)input.Settings["reroute_audio"]!);
        }
        var alert = Assert.Single(obs.Obs.Inputs, i => (string?)i.Settings["url"] == UrlOf(app, "gift-alert"));
        Assert.True((bool)alert.Settings["reroute_audio"]!);
        Assert.Contains(obs.Obs.Inputs, i => (bool)i.Settings["reroute_audio"]! == false);
        AssertLaidOutWithoutOverlap(scene);

        var tts = app.Get<WidgetInstanceService>().Find("tts")!;
        app.Get<WidgetInstanceService>().UpdateSettings("tts", (Overlay.Widgets.Tts.TtsSettings)tts.Settings with { Enabled = true });
        Assert.True((await app.Get<ObsSetup>().SetUpEverythingAsync(ct)).Ok);
        var speech = Assert.Single(obs.Obs.Inputs, i => (string?)i.Settings["url"] == UrlOf(app, "tts"));
        Assert.True((bool)speech.Settings["reroute_audio"]!);
    }

    [Fact]
    public async Task Running_set_up_everything_again_updates_the_sources_and_keeps_where_the_streamer_moved_them()
    {
        var ct = TestContext.Current.CancellationToken;
        var (app, obs) = await StartAsync(ct);
        await using var _ = app;
        await using var __ = obs;
        var setup = app.Get<ObsSetup>();
        await setup.SetUpEverythingAsync(ct);
        var inputs = obs.Obs.Inputs.Count;
        var moved = obs.Obs.SceneNamed(ObsSetup.SceneName)!.Items[0];
        moved.Transform = new JsonObject { ["positionX"] = 1234.0, ["positionY"] = 56.0, ["scaleX"] = 0.5, ["scaleY"] = 0.5 };
        var creates = obs.Requests.Count(r => r.Type == "CreateInput");

        var again = await setup.SetUpEverythingAsync(ct);

        Assert.True(again.Ok, again.Message);
        Assert.Contains("0 added", again.Message);
        Assert.Equal(inputs, obs.Obs.Inputs.Count);
        Assert.Equal(inputs, obs.Obs.SceneNamed(ObsSetup.SceneName)!.Items.Count);
        Assert.Equal(creates, obs.Requests.Count(r => r.Type == "CreateInput"));
        Assert.Equal(inputs, obs.Requests.Count(r => r.Type == "SetInputSettings"));
        Assert.Equal(1234.0, (double)moved.Transform["positionX"]!);
    }

    [Fact]
    public async Task Add_to_OBS_creates_a_source_in_the_current_scene_and_a_second_click_updates_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var (app, obs) = await StartAsync(ct);
        await using var _ = app;
        await using var __ = obs;
        var chat = app.Get<WidgetInstanceService>().List().First(w => !w.Instance.Kind.HasSound);
        var setup = app.Get<ObsSetup>();

        var first = await setup.AddToCurrentSceneAsync(chat, ct);
        var second = await setup.AddToCurrentSceneAsync(chat, ct);

        Assert.True(first.Ok, first.Message);
        Assert.StartsWith("Added", first.Message);
        Assert.StartsWith("Updated", second.Message);
        var input = Assert.Single(obs.Obs.Inputs);
        Assert.Equal(UrlOf(app, chat.Instance.Slug), (string?)input.Settings["url"]);
        Assert.False((bool)input.Settings["reroute_audio"]!);
        Assert.Equal(input.Name, Assert.Single(obs.Obs.SceneNamed("Scene")!.Items).SourceName);
    }

    [Fact]
    public async Task A_source_the_streamer_made_with_localhost_is_reused_and_gets_OBS_audio_control_for_the_alert_box()
    {
        var ct = TestContext.Current.CancellationToken;
        var (app, obs) = await StartAsync(ct);
        await using var _ = app;
        await using var __ = obs;
        var localhost = $"http://localhost:{app.BaseUri.Port}/widgets/gift-alert/";
        obs.Obs.AddInput("My alerts", "browser_source",
            new JsonObject { ["url"] = localhost, ["width"] = 1920, ["height"] = 1080, ["reroute_audio"] = false }, "Scene");
        var alert = app.Get<WidgetInstanceService>().Find("gift-alert")!;

        var added = await app.Get<ObsSetup>().AddToCurrentSceneAsync(alert, ct);
        var everything = await app.Get<ObsSetup>().SetUpEverythingAsync(ct);

        Assert.Equal("Updated \"My alerts\" in the scene \"Scene\".", added.Message);
        Assert.True(everything.Ok, everything.Message);
        var mine = Assert.Single(obs.Obs.Inputs, i => i.Name == "My alerts");
        Assert.True((bool)mine.Settings["reroute_audio"]!);
        Assert.DoesNotContain(obs.Obs.Inputs, i => i.Name != "My alerts" && ((string?)i.Settings["url"])!.EndsWith("/widgets/gift-alert", StringComparison.Ordinal));
        Assert.Contains(obs.Obs.SceneNamed(ObsSetup.SceneName)!.Items, i => i.SourceName == "My alerts");
        Assert.Contains(obs.Requests, r => r.Type == "CreateSceneItem" && (string?)r.Data["sourceName"] == "My alerts");
    }

    [Fact]
    public async Task Setup_while_OBS_is_away_says_so()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);

        var result = await app.Get<ObsSetup>().SetUpEverythingAsync(ct);

        Assert.False(result.Ok);
        Assert.Contains("OBS control is off", result.Message);
    }

    private static void AssertLaidOutWithoutOverlap(FakeObs.Scene scene)
    {
        var boxes = scene.Items.Select(i => (
            X: (double)i.Transform["positionX"]!, Y: (double)i.Transform["positionY"]!,
            W: 800 * (double)i.Transform["scaleX"]!, H: 600 * (double)i.Transform["scaleY"]!)).ToList();
        Assert.All(boxes, b => Assert.True(b.X >= 0 && b.Y >= 0 && b.X + b.W <= 1920.5 && b.Y + b.H <= 1080.5, $"{b} is off the canvas"));
        for (var a = 0; a < boxes.Count; a++)
        {
            for (var b = a + 1; b < boxes.Count; b++)
            {
                var (p, q) = (boxes[a], boxes[b]);
                var overlap = p.X < q.X + q.W - 0.5 && q.X < p.X + p.W - 0.5 && p.Y < q.Y + q.H - 0.5 && q.Y < p.Y + p.H - 0.5;
                Assert.False(overlap, $"{p} overlaps {q}");
            }
        }
    }
}
