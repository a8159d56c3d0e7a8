using Overlay.Tests.Admin;
using Overlay.Tests.Builders;
using Overlay.Tests.EndToEnd;
using Overlay.Tests.EventApi;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Recording;
using Overlay.Web.Upstream;
using Overlay.Widgets.ChatTicker;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Recording;

/// <summary>Replaying recordings as the upstream, through the production client, rules, widgets and /api/events.</summary>
public sealed class ReplayTests(BrowserFixture browser)
{
    private const string Types = "?types=chat,gift,follow,like";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Trait("Category", "Browser")]
    [Fact]
    public async Task A_recorded_session_replays_into_a_fresh_app_with_the_same_events_and_widgets()
    {
        // Record: a real upstream socket into app A, watched on A's event API.
        string path;
        List<string> original;
        await using (var h = await UpstreamHarness.StartAsync(Ct))
        {
            var socket = await h.NextConnectedAttemptAsync(Ct);
            await using var apiA = await EventApiConnection.ConnectAsync(h.App, Ct, Types);
            await apiA.NextAsync(Ct);
            var recorder = h.App.Get<FrameRecorder>();
            Assert.True(recorder.TryStart(out _));
            // Sent "now" on A's clock, which is months before the replay's: the replay must not turn them into backlog.
            var at = h.Time.GetUtcNow();
            await socket.SendTextAsync(Frames.RoomInfo("room-1", "Rehearsal", 50, 1_000), Ct);
            await socket.SendTextAsync(Frames.Chat("hello from the recording 👋").From("ana", "Ana").Id("m1").At(at), Ct);
            for (var count = 1; count <= 5; count++)
            {
                var gift = Frames.Gift("Rose").From("gifter", "Gift Sender").Group("g").Id($"m-g{count}").Repeat(count).At(at);
                await socket.SendTextAsync(count == 5 ? gift.Ended() : gift, Ct);
            }
            await socket.SendTextAsync(Frames.Follow().From("bo").Id("m3").At(at), Ct);
            await socket.SendTextAsync(Frames.Like(20).Total(1_020).From("cy").Id("m4").At(at), Ct);
            original = await SummariesAsync(apiA, 4);
            await recorder.StopAsync();
            path = recorder.Status.FilePath;
        }

        // Replay: a fresh app, with its event API and two widget pages open before the replay starts.
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: Ct);
        await using var apiB = await EventApiConnection.ConnectAsync(app, Ct, Types);
        await apiB.NextAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var chat = await LiveWidgetPage.OpenAsync(context, app.PageUrl("chat-ticker"));
        var alert = await LiveWidgetPage.OpenAsync(context, app.PageUrl("gift-alert"));

        app.Get<ReplayState>().Choose(path, ReplaySpeed.Max);
        app.Get<IUpstreamControl>().ApplyOptions();

        Assert.Equal(original, await SummariesAsync(apiB, 4));
        await Expect(chat.Locator(".chat-ticker .comment")).ToHaveTextAsync(["hello from the recording 👋"]);
        await Expect(alert.Locator(".alert .nickname")).ToHaveTextAsync("Gift Sender");
        await Expect(alert.Locator(".alert")).ToContainTextAsync("Rose");
    }

    [Fact]
    public async Task Replay_at_5x_plays_the_recorded_gaps_five_times_faster()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        await h.NextConnectedAttemptAsync(Ct);
        var file = RecordingFiles.Write(RecordingFiles.Folder(h.App),
            (0, Frames.Chat("a").From("ana").Id("s1")), (10_000, Frames.Chat("b").From("ana").Id("s2")), (20_000, Frames.Chat("c").From("ana").Id("s3")));
        await using var api = await EventApiConnection.ConnectAsync(h.App, Ct, "?types=chat");
        await api.NextAsync(Ct);
        var replay = h.App.Get<ReplayState>();

        replay.Choose(Path.GetFileName(file), ReplaySpeed.Fast);
        h.Control.ApplyOptions();

        Assert.Equal("a", (await api.NextAsync(Ct)).GetProperty("comment").GetString());
        h.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("b", (await api.NextAsync(Ct)).GetProperty("comment").GetString());
        Assert.True(replay.Progress!.Sent < 3, "c is due 4 s after the start at 5×");
        h.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("c", (await api.NextAsync(Ct)).GetProperty("comment").GetString());
        Assert.Equal(replay.Current, new ReplaySelection(file, ReplaySpeed.Fast));
    }

    [Fact]
    public async Task Replay_file_in_config_plays_at_start_at_max_speed()
    {
        var root = TestContentRoot.Create();
        var file = RecordingFiles.Write(Path.Combine(root, "recordings"),
            (0, Frames.Chat("one").From("ana").Id("c1")), (60_000, Frames.Chat("two").From("ana").Id("c2")), (3_600_000, Frames.Chat("three").From("ana").Id("c3")));

        await using var app = await RunningApp.StartAsync(
            new Dictionary<string, string?> { ["Upstream:ReplayFile"] = Path.GetFileName(file), ["Upstream:ReplaySpeed"] = "max" },
            contentRoot: root, cancellationToken: Ct);

        var view = await app.Source<ChatTickerView>("chat-ticker").WaitForAsync(v => v.Lines.Count == 3, Ct);
        Assert.Equal(["one", "two", "three"], view.Lines.Select(l => l.Comment));
        Assert.False(app.Get<ConnectionStatusStore>().Current.IsDemo);
    }

    [Fact]
    public async Task A_missing_replay_file_stops_the_connection_with_a_message_naming_the_setting()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct, new Dictionary<string, string?> { ["Upstream:ReplayFile"] = "no-such-recording.jsonl" });

        var status = await h.WaitForStatusAsync(s => s.State == ConnectionState.Stopped, Ct);

        Assert.Equal(StopReason.NotConfigured, status.StopReason);
        Assert.Contains("Upstream:ReplayFile", status.Summary, StringComparison.Ordinal);
        Assert.Contains("no-such-recording.jsonl", status.Summary, StringComparison.Ordinal);
        Assert.Equal(0, h.Server.AttemptCount);
    }

    [Fact]
    public async Task A_malformed_line_is_skipped_with_a_log_line_naming_its_number()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        await h.NextConnectedAttemptAsync(Ct);
        string good1 = System.Text.Json.JsonSerializer.Serialize(new { t = 0, frame = (string)Frames.Chat("before").From("ana").Id("b1") });
        string good3 = System.Text.Json.JsonSerializer.Serialize(new { t = 0, frame = (string)Frames.Chat("after").From("ana").Id("b3") });
        var file = RecordingFiles.WriteRaw(RecordingFiles.Folder(h.App), good1, "{\"t\": 5, \"frame\": tru", "{\"t\": 7}", good3);
        await using var api = await EventApiConnection.ConnectAsync(h.App, Ct, "?types=chat");
        await api.NextAsync(Ct);

        h.App.Get<ReplayState>().Choose(file, ReplaySpeed.Max);
        h.Control.ApplyOptions();

        Assert.Equal("before", (await api.NextAsync(Ct)).GetProperty("comment").GetString());
        Assert.Equal("after", (await api.NextAsync(Ct)).GetProperty("comment").GetString());
        var logs = h.Logs.GetSnapshot().Select(r => r.Message).ToList();
        Assert.Contains(logs, m => m.Contains("line 2 skipped", StringComparison.Ordinal));
        Assert.Contains(logs, m => m.Contains("line 3 skipped", StringComparison.Ordinal));
        Assert.Equal(2, h.App.Get<ReplayState>().Progress!.Skipped);
    }

    [Trait("Category", "Browser")]
    [Fact]
    public async Task A_finished_replay_stops_and_plays_again_only_from_the_admin_button()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        await h.NextConnectedAttemptAsync(Ct);
        var file = RecordingFiles.Write(RecordingFiles.Folder(h.App), (0, Frames.Chat("once").From("ana").Id("r1")));
        var chat = h.App.Source<ChatTickerView>("chat-ticker");
        h.App.Get<ReplayState>().Choose(file, ReplaySpeed.Max);
        h.Control.ApplyOptions();

        var stopped = await h.WaitForStatusAsync(s => s.StopReason == StopReason.ReplayFinished, Ct);
        // The pipeline hands the line to the widget after the client has read it, so the stop can come first.
        await chat.WaitForAsync(v => v.Lines.Count == 1, Ct);
        var stallSeconds = h.App.Get<Microsoft.Extensions.Options.IOptions<UpstreamOptions>>().Value.StallSeconds;
        h.Time.Advance(TimeSpan.FromSeconds(stallSeconds + 60));
        h.Time.Advance(ReconnectPolicy.TransientCap);

        Assert.Equal(ConnectionState.Stopped, h.Status.Current.State);
        Assert.StartsWith("Replay finished: ", stopped.Summary, StringComparison.Ordinal);
        Assert.Single(h.Logs.GetSnapshot(), r => r.Message.StartsWith("Replaying ", StringComparison.Ordinal));
        Assert.Equal(["once"], chat.Current.Lines.Select(l => l.Comment));

        await using var context = await browser.NewContextAsync(1280, 1400);
        var page = await context.NewPageAsync();
        await page.GotoAsync(h.App.Url("admin").ToString());
        await Expect(page.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("status-summary")).ToContainTextAsync("Replay finished");
        await page.GetByTestId("replay-again").ClickAsync();

        // A new run is a new room, so the same message shows again.
        var again = await chat.WaitForAsync(v => v.Lines.Count == 2, Ct);
        Assert.Equal(["once", "once"], again.Lines.Select(l => l.Comment));
        await h.WaitForStatusAsync(s => s.StopReason == StopReason.ReplayFinished, Ct);
    }

    /// <summary>What must match between the live run and its replay: the kind and the viewer-visible fields.</summary>
    private static async Task<List<string>> SummariesAsync(EventApiConnection api, int count)
    {
        var result = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var e = await api.NextAsync(Ct);
            var type = e.GetProperty("type").GetString();
            var user = e.GetProperty("user").GetProperty("uniqueId").GetString();
            result.Add(type switch
            {
                "chat" => $"chat {user} {e.GetProperty("comment").GetString()}",
                "gift" => $"gift {user} {e.GetProperty("giftName").GetString()} x{e.GetProperty("count").GetInt32()}",
                "like" => $"like {user} {e.GetProperty("likeCount").GetInt32()} total {e.GetProperty("totalLikeCount").GetInt64()}",
                _ => $"{type} {user}",
            } + (e.GetProperty("backlog").GetBoolean() ? " backlog" : ""));
        }
        return result;
    }
}
