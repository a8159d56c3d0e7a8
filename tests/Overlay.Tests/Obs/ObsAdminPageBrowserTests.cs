using System.Collections.Concurrent;
using System.Text;
using Microsoft.Playwright;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Obs.Client;
using Overlay.Web.Obs.Setup;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Obs;

[Trait("Category", "Browser")]
public sealed class ObsAdminPageBrowserTests(BrowserFixture browser)
{
    private const string Password = "obs-browser-pw-8841";

    [Fact]
    public async Task Saving_the_OBS_form_connects_shows_the_versions_and_never_sends_the_password_back()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await FakeObsServer.StartAsync(Password, ct);
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        await using var context = await browser.NewContextAsync(1280, 1000);
        var page = await context.NewPageAsync();
        var seen = new ConcurrentQueue<string>();
        Capture(page, seen);
        await OpenAsync(page, app);
        await Expect(page.GetByTestId("obs-status-state")).ToHaveTextAsync("Off");

        await page.GetByTestId("obs-port").FillAsync(obs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("obs-password").FillAsync(Password);
        await page.GetByLabel("Control OBS from the overlay").CheckAsync();
        await page.GetByTestId("obs-save").ClickAsync();

        await Expect(page.GetByTestId("obs-status-state")).ToHaveTextAsync("Connected");
        await Expect(page.GetByTestId("obs-status-summary")).ToContainTextAsync(
            $"Connected to OBS {FakeObsServer.ObsVersion} (obs-websocket {FakeObsServer.WebSocketVersion})");
        await Expect(page.GetByTestId("obs-current-scene")).ToHaveTextAsync("Scene");
        await Expect(page.GetByTestId("obs-password")).ToHaveValueAsync("");
        await Expect(page.GetByText("Saved password: saved")).ToBeVisibleAsync();
        seen.Enqueue(await page.ContentAsync());
        Assert.DoesNotContain(seen, s => s.Contains(Password, StringComparison.Ordinal) && !s.StartsWith("SENT:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_password_shows_as_wrong_password()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await FakeObsServer.StartAsync(Password, ct);
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        app.Get<ObsConnection>().Save(new() { Host = "127.0.0.1", Port = obs.Port, Password = "typo", Enabled = true });
        await using var context = await browser.NewContextAsync(1280, 1000);
        var page = await context.NewPageAsync();
        await OpenAsync(page, app);

        await Expect(page.GetByTestId("obs-status-state")).ToHaveTextAsync("Wrong password");
        await Expect(page.GetByTestId("obs-status-summary")).ToContainTextAsync("Wrong OBS password");
        await page.GetByTestId("obs-password").FillAsync(Password);
        await page.GetByTestId("obs-test").ClickAsync();
        await Expect(page.GetByTestId("obs-test-result")).ToContainTextAsync($"Connected to OBS {FakeObsServer.ObsVersion}");
    }

    [Fact]
    public async Task Set_up_everything_and_start_recording_from_the_page_reach_OBS_and_the_status_follows()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await FakeObsServer.StartAsync(null, ct);
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        app.Get<ObsConnection>().Save(new() { Host = "127.0.0.1", Port = obs.Port, Enabled = true });
        await using var context = await browser.NewContextAsync(1280, 1000);
        var page = await context.NewPageAsync();
        await OpenAsync(page, app);
        await Expect(page.GetByTestId("obs-status-state")).ToHaveTextAsync("Connected");

        await page.GetByTestId("obs-setup-everything").ClickAsync();
        await Expect(page.GetByTestId("obs-setup-result")).ToContainTextAsync($"Scene \"{ObsSetup.SceneName}\" is ready");
        await page.GetByTestId("obs-start-record").ClickAsync();
        await Expect(page.GetByTestId("obs-recording")).ToHaveTextAsync("yes");

        Assert.NotNull(obs.Obs.SceneNamed(ObsSetup.SceneName));
        Assert.True(obs.Obs.Recording);
    }

    [Fact]
    public async Task Add_to_OBS_on_a_dashboard_widget_row_adds_it_to_the_live_scene()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var obs = await FakeObsServer.StartAsync(null, ct);
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var connection = app.Get<ObsConnection>();
        connection.Save(new() { Host = "127.0.0.1", Port = obs.Port, Enabled = true });
        await ObsStatusWaiter.WaitAsync(connection, s => s.IsConnected, ct);
        await using var context = await browser.NewContextAsync(1280, 1000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.Url("admin").ToString());
        await Expect(page.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });

        await page.Locator("tr[data-slug='gift-alert']").GetByTestId("add-to-obs").ClickAsync();
        await Expect(page.GetByText("in the scene \"Scene\"")).ToBeVisibleAsync();

        var input = Assert.Single(obs.Obs.Inputs);
        Assert.Equal(app.Url("widgets/gift-alert").ToString(), (string?)input.Settings["url"]);
        Assert.True((bool)input.Settings["reroute_audio"]!);
    }

    private static async Task OpenAsync(IPage page, RunningApp app)
    {
        await page.GotoAsync(app.Url("admin/obs").ToString());
        await Expect(page.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
    }

    private static void Capture(IPage page, ConcurrentQueue<string> seen)
    {
        page.Response += async (_, response) =>
        {
            try
            {
                seen.Enqueue(Encoding.UTF8.GetString(await response.BodyAsync()));
            }
            catch (PlaywrightException)
            {
                // Redirects and aborted requests have no body.
            }
        };
        page.WebSocket += (_, socket) =>
        {
            socket.FrameReceived += (_, frame) => seen.Enqueue("RECV:" + (frame.Text ?? Encoding.UTF8.GetString(frame.Binary ?? [])));
            socket.FrameSent += (_, frame) => seen.Enqueue("SENT:" + (frame.Text ?? Encoding.UTF8.GetString(frame.Binary ?? [])));
        };
    }
}
