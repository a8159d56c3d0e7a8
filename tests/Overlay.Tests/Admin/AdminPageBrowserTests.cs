using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Web.Upstream;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Admin;

[Trait("Category", "Browser")]
public sealed class AdminPageBrowserTests(BrowserFixture browser)
{
    private const string PlantedKey = "tk_planted_secret_123";
    private const string NewKey = "tk_typed_in_browser_7890";

    [Fact]
    public async Task Saving_the_connection_form_updates_the_upstream_options_and_never_sends_a_stored_key_back()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(
            QuietUpstream.Settings(new() { ["Upstream:ApiKey"] = PlantedKey, ["Upstream:UniqueId"] = "old_streamer" }), cancellationToken: ct);
        await using var context = await browser.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        var seen = new ConcurrentQueue<string>();
        Capture(page, seen);

        await page.GotoAsync(app.Url("admin").ToString());
        await Expect(page.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await page.GetByTestId("unique-id").FillAsync("@new_streamer");
        await page.GetByTestId("api-key").FillAsync(NewKey);
        await page.GetByTestId("save-connection").ClickAsync();
        await Expect(page.GetByText("ends in …7890")).ToBeVisibleAsync();

        var options = app.Get<IOptionsMonitor<UpstreamOptions>>().CurrentValue;
        Assert.Equal(("new_streamer", NewKey), (options.UniqueId, options.ApiKey));
        await Expect(page.GetByTestId("api-key")).ToHaveValueAsync("");
        seen.Enqueue(await page.ContentAsync());
        // Everything the server sent: HTTP bodies and circuit frames. The planted key was stored, then replaced;
        // neither it nor the newly typed key may come back from the server.
        Assert.Contains(seen, s => s.StartsWith("RECV:", StringComparison.Ordinal) && s.Contains("7890", StringComparison.Ordinal));
        Assert.DoesNotContain(seen, s => s.Contains(PlantedKey, StringComparison.Ordinal));
        Assert.DoesNotContain(seen, s => s.Contains(NewKey, StringComparison.Ordinal) && !s.StartsWith("SENT:", StringComparison.Ordinal));
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
            // What the browser sends naturally contains what the user typed; kept apart from what the server sent.
            socket.FrameSent += (_, frame) => seen.Enqueue("SENT:" + (frame.Text ?? Encoding.UTF8.GetString(frame.Binary ?? [])));
        };
    }
}
