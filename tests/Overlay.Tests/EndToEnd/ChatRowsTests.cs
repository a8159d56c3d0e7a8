using Overlay.Web.Widgets;
using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Widgets.ChatTicker;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>Stand-alone stickers and filters saved mid-stream, on the real chat page in headless Chromium.</summary>
[Trait("Category", "Browser")]
public sealed class ChatRowsTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_sticker_frame_shows_as_a_row_with_its_image_and_a_hostile_url_shows_nothing()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 400);
        // The sticker is served by the browser itself: tests never leave 127.0.0.1.
        var painter = await context.NewPageAsync();
        await painter.SetViewportSizeAsync(64, 64);
        await painter.SetContentAsync("<body style=\"margin:0\"><div style=\"width:64px;height:64px;border-radius:50%;background:#ffcc33\"></div></body>");
        var sticker = await painter.ScreenshotAsync();
        await context.RouteAsync("https://example.com/**", route => route.FulfillAsync(new() { ContentType = "image/png", BodyBytes = sticker }));
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("chat-ticker"));

        await socket.SendTextAsync(Frames.Emote("javascript:alert(1)").From("evil", "Evil").Id("e-1"), Ct);
        await socket.SendTextAsync(Frames.Emote("https://example.com/sticker.png").From("emoter", "Sticker Fan 🌟").Id("e-2"), Ct);
        await socket.SendTextAsync(Frames.Chat("after the sticker").From("ana", "Ana").Id("c-1"), Ct);

        await Expect(page.Locator(".chat-ticker .nickname")).ToHaveTextAsync(["Sticker Fan 🌟", "Ana"]);
        var row = page.Locator(".chat-ticker .row[data-emote-only]");
        await Expect(row.Locator("img.emote")).ToHaveAttributeAsync("src", "https://example.com/sticker.png");
        await Expect(row.Locator(".comment")).ToHaveCountAsync(0);
        await page.WaitForFunctionAsync("() => document.querySelector('.row[data-emote-only] img.emote')?.naturalWidth === 64");
        await Expect(page.Locator(".chat-ticker .row[data-emote-only]")).ToHaveCountAsync(1);
        await Expect(page.Locator("img[src^='javascript']")).ToHaveCountAsync(0);
        await page.EvaluateAsync("() => document.documentElement.style.setProperty('background', '#15161c', 'important')");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "chat-sticker-row.png") });
    }

    [Fact]
    public async Task Saving_a_blocked_word_in_the_admin_removes_the_row_from_an_open_chat_page()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 400);
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("chat-ticker"));
        await socket.SendTextAsync(Frames.Chat("hello everyone").From("ana", "Ana").Id("c-1"), Ct);
        await socket.SendTextAsync(Frames.Chat("the ending is a SPOILER").From("ben", "Ben").Id("c-2"), Ct);
        await Expect(page.Locator(".chat-ticker .comment")).ToHaveTextAsync(["hello everyone", "the ending is a SPOILER"]);

        var admin = await context.NewPageAsync();
        await admin.GotoAsync(h.App.Url("admin").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await admin.Locator("tr[data-slug='chat-ticker']").GetByTestId("edit-widget").ClickAsync();
        var editor = admin.GetByTestId("widget-editor");
        await editor.Locator("[data-field='blockedWords'] input").FillAsync("spoiler");
        await editor.GetByTestId("save-settings").ClickAsync();

        await Expect(page.Locator(".chat-ticker .comment")).ToHaveTextAsync(["hello everyone"]);
        Assert.Equal("spoiler", Assert.IsType<ChatTickerSettings>(h.App.Get<WidgetInstanceService>().Find("chat-ticker")?.Settings).BlockedWords);
    }
}
