using Microsoft.Data.Sqlite;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Web.Storage;
using Overlay.Web.Upstream;

namespace Overlay.Tests.Admin;

/// <summary>The first-run checklist ticks each step when it really happens, and remembers it across restarts.</summary>
public sealed class FirstRunTests
{
    private const string ObsUserAgent =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.120 Safari/537.36 OBS/31.0.2";

    [Fact]
    public async Task A_widget_page_loaded_by_obs_ticks_the_obs_step_and_a_browser_does_not()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var steps = app.Get<FirstRun>();
        Assert.True(steps.Open);
        Assert.False(steps.IsDone(FirstRun.Obs));

        await GetAsync(app, "widgets/gift-alert", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36", ct);
        Assert.False(steps.IsDone(FirstRun.Obs));
        await GetAsync(app, "widgets/no-such-widget", ObsUserAgent, ct);
        Assert.False(steps.IsDone(FirstRun.Obs));

        await GetAsync(app, "widgets/gift-alert", ObsUserAgent, ct);
        Assert.True(steps.IsDone(FirstRun.Obs));
    }

    [Fact]
    public async Task A_test_gift_ticks_its_step_and_every_tick_survives_a_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = TestContentRoot.Create();
        await using (var app = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct))
        {
            var steps = app.Get<FirstRun>();
            var ticked = Ticked(steps, FirstRun.TestGift);

            Assert.True(app.Get<TestEventSender>().SendGiftCombo());
            await ticked.WaitAsync(TimeSpan.FromSeconds(20), ct);
            steps.Mark(FirstRun.Live);
            Assert.False(steps.AllDone);
        }

        await using var again = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct);
        var restored = again.Get<FirstRun>();
        Assert.True(restored.IsDone(FirstRun.TestGift));
        Assert.True(restored.IsDone(FirstRun.Live));
        Assert.False(restored.IsDone(FirstRun.Obs));
        Assert.True(restored.Open);
    }

    [Fact]
    public async Task Connecting_to_a_real_live_ticks_the_first_step()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await UpstreamHarness.StartAsync(ct);
        var steps = harness.App.Get<FirstRun>();

        await harness.NextConnectedAttemptAsync(ct);

        Assert.True(steps.IsDone(FirstRun.Live));
    }

    [Fact]
    public async Task The_demo_does_not_count_as_connecting_your_live()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(cancellationToken: ct);
        var connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var status = app.Get<ConnectionStatusStore>();
        using var _ = status.Subscribe(s => { if (s.State == ConnectionState.Connected) connected.TrySetResult(); });
        if (status.Current.State != ConnectionState.Connected)
        {
            await connected.Task.WaitAsync(TimeSpan.FromSeconds(20), ct);
        }

        Assert.True(status.Current.IsDemo);
        Assert.False(app.Get<FirstRun>().IsDone(FirstRun.Live));
    }

    [Fact]
    public void An_existing_install_never_sees_the_checklist_and_a_fresh_store_does()
    {
        var migration = StoreMigrations.All.Single(m => m.Contains("first_run:dismissed", StringComparison.Ordinal));

        Assert.True(RunOnMeta(migration, "widgets_seeded:gift-alert"));
        Assert.True(RunOnMeta(migration, "widgets_seeded"));
        Assert.False(RunOnMeta(migration, null));
    }

    private static bool RunOnMeta(string migration, string? existingMarker)
    {
        using var db = new SqliteConnection("Data Source=:memory:");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);" +
            (existingMarker is null ? "" : $"INSERT INTO meta VALUES ('{existingMarker}', 'x');") + migration +
            "SELECT count(*) FROM meta WHERE key = 'first_run:dismissed';";
        return (long)cmd.ExecuteScalar()! == 1;
    }

    private static Task Ticked(FirstRun steps, string step)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = steps.Subscribe(() =>
        {
            if (steps.IsDone(step))
            {
                done.TrySetResult();
            }
        });
        return done.Task.ContinueWith(_ => subscription.Dispose(), TaskScheduler.Default);
    }

    private static async Task GetAsync(RunningApp app, string path, string userAgent, CancellationToken ct)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, app.Url(path));
        request.Headers.UserAgent.Clear();
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        using var response = await client.SendAsync(request, ct);
        _ = response.StatusCode;
    }
}
