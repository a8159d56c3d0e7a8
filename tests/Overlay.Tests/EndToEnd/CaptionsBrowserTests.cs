using Overlay.Tests.Infrastructure;
using Overlay.Web.Protocol;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>The captions widget over a real upstream socket (protocol.md §10 caption).</summary>
[Trait("Category", "Browser")]
public sealed class CaptionsBrowserTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Captions_widget_replaces_the_partial_line_with_the_final_one_in_place()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("captions"));
        var at = h.Time.GetUtcNow();

        await socket.SendTextAsync(WireFrameWriter.Caption("c-1", "Hello every", false, at, at), Ct);
        await Expect(page.Locator(".captions .line[data-final=false]")).ToHaveTextAsync(["Hello every"]);
        await page.EvaluateAsync("() => document.querySelector('.captions .line').dataset.mark = 'same'");
        await socket.SendTextAsync(WireFrameWriter.Caption("c-2", "Hello everyone welcome to the stream", true, at, at), Ct);

        await Expect(page.Locator(".captions .line")).ToHaveTextAsync(["Hello everyone welcome to the stream"]);
        await Expect(page.Locator(".captions .line")).ToHaveAttributeAsync("data-final", "true");
        await Expect(page.Locator(".captions .line")).ToHaveAttributeAsync("data-mark", "same");
    }

    [Fact]
    public async Task Markup_in_a_caption_shows_as_text_and_runs_nothing()
    {
        const string hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { Interlocked.Increment(ref dialogs); _ = dialog.DismissAsync(); };
        await LiveWidgetPage.GotoAsync(page, h.App.PageUrl("captions"));
        var at = h.Time.GetUtcNow();

        await socket.SendTextAsync(WireFrameWriter.Caption("c-1", hostile, true, at, at), Ct);

        await Expect(page.Locator(".captions .line")).ToHaveTextAsync([hostile]);
        Assert.Equal(0, await page.Locator(".captions img, .captions script").CountAsync());
        Assert.Equal(0, dialogs);
    }
}
