using System.Text.Json.Nodes;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Obs.Client;

namespace Overlay.Tests.Obs;

public sealed class ObsConnectionTests
{
    private const string Password = "obs-pass-7Kq";

    [Fact]
    public async Task Connects_without_authentication_and_reports_the_OBS_and_websocket_versions()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await ObsHarness.StartAsync(serverPassword: null, savedPassword: "", ct);

        var status = await obs.ConnectedAsync(ct);

        Assert.Equal((FakeObsServer.ObsVersion, FakeObsServer.WebSocketVersion, "Scene"), (status.ObsVersion, status.WebSocketVersion, status.CurrentScene));
        Assert.Contains($"Connected to OBS {FakeObsServer.ObsVersion} (obs-websocket {FakeObsServer.WebSocketVersion})", status.Summary);
        var session = Assert.Single(obs.Server.Sessions);
        Assert.Null(session.Authentication);
        Assert.Equal("obswebsocket.json", session.SubProtocol);
    }

    [Fact]
    public async Task Identifies_with_the_challenge_answer_and_subscribes_to_scene_and_output_events()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await ObsHarness.StartAsync(Password, Password, ct);

        await obs.ConnectedAsync(ct);

        var session = Assert.Single(obs.Server.Sessions);
        Assert.True(await session.Identified);
        Assert.NotNull(session.Authentication);
        Assert.Equal((1 << 0) | (1 << 2) | (1 << 6), session.EventSubscriptions);
    }

    [Fact]
    public async Task Wrong_password_is_closed_with_4009_reported_plainly_and_not_retried_until_a_new_one_is_saved()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await ObsHarness.StartAsync(Password, "not-the-password", ct);

        var status = await obs.StatusAsync(s => s.State == ObsState.WrongPassword, ct);
        obs.Time.Advance(TimeSpan.FromMinutes(10));
        obs.Connection.Save(obs.Settings(Password));
        await obs.ConnectedAsync(ct);

        Assert.Contains("Wrong OBS password", status.Summary);
        Assert.DoesNotContain("not-the-password", status.Summary);
        // Ten minutes on the clock brought no retry: the second connection is the one made with the new password.
        Assert.Equal(2, obs.Server.Sessions.Count);
        Assert.Equal(4009, obs.Server.Sessions[0].ServerCloseCode);
        Assert.True(await obs.Server.Sessions[1].Identified);
    }

    [Fact]
    public async Task OBS_asking_for_a_password_when_none_is_saved_says_so_without_sending_Identify()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await ObsHarness.StartAsync(Password, "", ct);

        var status = await obs.StatusAsync(s => s.State == ObsState.PasswordRequired, ct);

        Assert.Contains("asks for a password", status.Summary);
        Assert.False(await obs.Server.Sessions[0].Identified);
        Assert.Null(obs.Server.Sessions[0].ServerCloseCode);
    }

    [Fact]
    public async Task OBS_going_away_reconnects_after_1_s_then_2_s_on_the_clock()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await ObsHarness.StartAsync(Password, Password, ct);
        await obs.ConnectedAsync(ct);

        var start = obs.Time.GetUtcNow();
        await obs.Server.CloseAllAsync(1001, "OBS is shutting down", ct);
        var first = await obs.StatusAsync(s => s.State == ObsState.Reconnecting, ct);
        obs.Server.RejectNextWith(503);
        obs.Time.Advance(TimeSpan.FromSeconds(1));
        var second = await obs.StatusAsync(s => s.State == ObsState.Reconnecting && s.Attempt == 2, ct);
        obs.Time.Advance(TimeSpan.FromSeconds(2));
        var back = await obs.ConnectedAsync(ct);

        Assert.Equal(start + TimeSpan.FromSeconds(1), first.NextAttemptAt);
        Assert.Equal(start + TimeSpan.FromSeconds(1 + 2), second.NextAttemptAt);
        Assert.Contains("went away", first.Summary);
        Assert.Contains("not reachable", second.Summary);
        Assert.Equal(FakeObsServer.ObsVersion, back.ObsVersion);
        Assert.Equal(2, obs.Server.Sessions.Count);
    }

    [Fact]
    public async Task Kicked_with_4011_waits_for_the_streamer_to_press_reconnect()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await ObsHarness.StartAsync(null, "", ct);
        await obs.ConnectedAsync(ct);

        await obs.Server.CloseAllAsync(4011, "Kicked", ct);
        var kicked = await obs.StatusAsync(s => s.State == ObsState.Kicked, ct);
        obs.Time.Advance(TimeSpan.FromMinutes(5));
        obs.Connection.Reconnect();
        await obs.ConnectedAsync(ct);

        Assert.Contains("Reconnect", kicked.Summary);
        Assert.Equal(2, obs.Server.Sessions.Count);
    }

    [Fact]
    public async Task Events_from_OBS_update_the_scene_and_recording_in_the_status_and_reach_subscribers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await ObsHarness.StartAsync(null, "", ct);
        await obs.ConnectedAsync(ct);
        var seen = new TaskCompletionSource<ObsEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = obs.Connection.SubscribeEvents(e => seen.TrySetResult(e));

        await obs.Server.SendEventAsync("CurrentProgramSceneChanged", 1 << 2, new JsonObject { ["sceneName"] = "Just chatting" }, ct);
        var scene = await obs.StatusAsync(s => s.CurrentScene == "Just chatting", ct);
        await obs.Server.SendEventAsync("RecordStateChanged", 1 << 6, new JsonObject { ["outputActive"] = true }, ct);
        var recording = await obs.StatusAsync(s => s.Recording == true, ct);

        Assert.Equal("CurrentProgramSceneChanged", (await seen.Task.WaitAsync(TimeSpan.FromSeconds(20), ct)).Type);
        Assert.True(scene.IsConnected && recording.IsConnected);
    }

    [Fact]
    public async Task A_request_OBS_never_answers_fails_after_10_s_on_the_clock()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await ObsHarness.StartAsync(null, "", ct);
        await obs.ConnectedAsync(ct);
        obs.Server.Unanswered["GetHotkeyList"] = true;

        var pending = obs.Connection.RequestAsync("GetHotkeyList", null, ct);
        await obs.Server.RequestSeenAsync("GetHotkeyList", ct);
        obs.Time.Advance(TimeSpan.FromSeconds(10));
        var response = await pending.WaitAsync(TimeSpan.FromSeconds(20), ct);

        Assert.False(response.Ok);
        Assert.Contains("did not answer GetHotkeyList within 10 s", response.Problem);
    }

    [Fact]
    public async Task Switched_off_it_does_not_connect_and_requests_say_it_is_off()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await ObsHarness.StartAsync(null, "", ct);
        await obs.ConnectedAsync(ct);

        obs.Connection.Save(obs.Settings("", enabled: false));
        await obs.StatusAsync(s => s.State == ObsState.Off, ct);
        var response = await obs.Connection.RequestAsync("GetVersion", null, ct);

        Assert.Contains("OBS control is off", response.Problem);
        Assert.True(obs.Server.Sessions[0].Ended.IsCompleted);
    }

    [Fact]
    public async Task Test_connection_reports_versions_or_the_wrong_password_without_touching_the_app_connection()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await ObsHarness.StartAsync(Password, Password, ct);
        await obs.ConnectedAsync(ct);

        var good = await obs.Connection.TestAsync(obs.Settings(Password), ct);
        var bad = await obs.Connection.TestAsync(obs.Settings("nope-wrong"), ct);

        Assert.Equal((true, $"Connected to OBS {FakeObsServer.ObsVersion} (obs-websocket {FakeObsServer.WebSocketVersion}) at 127.0.0.1:{obs.Server.Port}."), good);
        Assert.False(bad.Ok);
        Assert.Contains("Wrong OBS password", bad.Message);
        Assert.True(obs.Connection.Status.IsConnected);
    }

    [Fact]
    public async Task Nothing_listening_is_reported_as_not_reachable_and_retried_on_the_backoff()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await ObsHarness.StartAsync(null, "", ct);
        await obs.ConnectedAsync(ct);

        obs.Connection.Save(new() { Host = "127.0.0.1", Port = 9, Enabled = true });
        var status = await obs.StatusAsync(s => s.State == ObsState.Reconnecting, ct);

        Assert.Contains("not reachable at 127.0.0.1:9", status.Summary);
        Assert.Equal(obs.Time.GetUtcNow() + TimeSpan.FromSeconds(1), status.NextAttemptAt);
    }
}
