using Overlay.Web.Widgets;
using Microsoft.Playwright;
using Overlay.Tests.Admin;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.Shared;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>An instance's look (colours, font, custom CSS) on the real widget page, prerendered and live.</summary>
[Trait("Category", "Browser")]
public sealed class WidgetLookTests(BrowserFixture browser)
{
    private const string CustomCss = ".chat-ticker > .row { border-radius: 3px; }";

    [Fact]
    public async Task Saved_look_restyles_an_open_page_without_a_reload()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        app.Get<TestEventSender>().SendChat("hello");
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("chat-ticker"));
        await Expect(page.Locator(".chat-ticker .row")).ToHaveCountAsync(1);
        await page.EvaluateAsync("() => window.sameDocument = true");

        app.Get<WidgetInstanceService>().UpdateSettings("chat-ticker", new ChatTickerSettings
        {
            Look = new WidgetLook { TextColor = "#00ff88", AccentColor = "rgb(255, 0, 0)", FontSize = 30, FontFamily = "DejaVu Serif, serif", CustomCss = CustomCss },
        });

        await Expect(page.Locator(".chat-ticker")).ToHaveCSSAsync("color", "rgb(0, 255, 136)");
        await Expect(page.Locator(".chat-ticker .nickname")).ToHaveCSSAsync("color", "rgb(255, 0, 0)");
        await Expect(page.Locator(".chat-ticker")).ToHaveCSSAsync("font-size", "30px");
        await Expect(page.Locator(".chat-ticker")).ToHaveCSSAsync("font-family", new System.Text.RegularExpressions.Regex("^\"DejaVu Serif\", serif"));
        await Expect(page.Locator(".chat-ticker .row")).ToHaveCSSAsync("border-top-left-radius", "3px");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
    }

    [Fact]
    public async Task Custom_css_keeps_child_selectors_when_prerendered_and_cannot_add_markup()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        app.Get<TestEventSender>().SendChat("hello");
        app.Get<WidgetInstanceService>().UpdateSettings("chat-ticker", new ChatTickerSettings
        {
            Look = new WidgetLook { CustomCss = CustomCss + " </STYLE><div id=\"injected\">x</div><style> .x::after { content: \"<b>\" }" },
        });

        using var http = new HttpClient();
        var html = await http.GetStringAsync(app.PageUrl("chat-ticker"), ct);
        Assert.Contains(".chat-ticker > .row", html);
        Assert.DoesNotContain("<div id=\"injected\"", html);

        // Without script: only the prerendered markup. With script: the live circuit's render.
        await using var staticContext = await browser.NewContextAsync(new BrowserNewContextOptions() { JavaScriptEnabled = false });
        var prerendered = await staticContext.NewPageAsync();
        await prerendered.GotoAsync(app.PageUrl("chat-ticker"));
        await using var context = await browser.NewContextAsync(800, 600);
        var live = await LiveWidgetPage.OpenAsync(context, app.PageUrl("chat-ticker"));

        foreach (var page in new[] { prerendered, live })
        {
            await Expect(page.Locator(".chat-ticker .row")).ToHaveCSSAsync("border-top-left-radius", "3px");
            await Expect(page.Locator("#injected")).ToHaveCountAsync(0);
            Assert.Equal(1, await page.Locator("style[data-overlay-custom-css]").CountAsync());
        }
    }
}
