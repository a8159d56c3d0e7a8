using Overlay.Web.Widgets;
using System.Text.RegularExpressions;
using Overlay.Tests.Infrastructure;
using Overlay.Widgets.ChatTicker;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

[Trait("Category", "Browser")]
public sealed class WidgetRestartTests(BrowserFixture browser)
{
    [Fact]
    public async Task Page_shows_the_new_state_by_itself_after_the_server_restarts_and_nothing_while_it_is_down()
    {
        var before = new TestViewSource<ChatTickerView>(SampleViews.Chat("before the restart"));
        var firstApp = await WidgetApp.StartAsync([WidgetApp.Handle("e2e-chat", WidgetKinds.ChatTicker, before)]);
        var port = firstApp.BaseUri.Port;
        await using var context = await browser.NewContextAsync();
        var page = await LiveWidgetPage.OpenAsync(context, firstApp.PageUrl("e2e-chat"));
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        await firstApp.DisposeAsync();
        await Expect(page.Locator("html[data-connection='down']")).ToBeAttachedAsync();
        await Expect(page.Locator("#components-reconnect-modal")).ToHaveCountAsync(0);
        await Expect(page.Locator("#blazor-error-ui")).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).Not.ToContainTextAsync(new Regex("reconnect|rejoin|error|fail", RegexOptions.IgnoreCase));
        await Expect(page.Locator(".chat-ticker .comment")).ToHaveTextAsync(["before the restart"]);

        var after = new TestViewSource<ChatTickerView>(SampleViews.Chat("after the restart"));
        await using var secondApp = await WidgetApp.StartAsync([WidgetApp.Handle("e2e-chat", WidgetKinds.ChatTicker, after)], port);

        await Expect(page.Locator(".chat-ticker .comment")).ToHaveTextAsync(["after the restart"], new() { Timeout = 10_000 });
        Assert.Empty(dialogs);
    }
}
