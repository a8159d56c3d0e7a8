using Overlay.Web.Widgets;
using Microsoft.Playwright;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.Leaderboard;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Admin;

[Trait("Category", "Browser")]
public sealed class AdminWidgetsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Chat_test_button_puts_a_line_on_the_chat_ticker()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        await using var context = await browser.NewContextAsync(1280, 900);
        var page = await OpenAdminAsync(context, app);

        await page.GetByTestId("test-chat").ClickAsync();
        var view = await app.Source<ChatTickerView>("chat-ticker").WaitForAsync(v => v.Lines.Count > 0, ct);

        Assert.Equal(TestEventSender.Tester.Nickname, Assert.Single(view.Lines).Nickname);
    }

    [Fact]
    public async Task Settings_form_refuses_out_of_range_then_saves_a_valid_value_to_the_running_widget()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        await using var context = await browser.NewContextAsync(1280, 900);
        var page = await OpenAdminAsync(context, app);
        await page.Locator("tr[data-slug='chat-ticker']").GetByTestId("edit-widget").ClickAsync();
        var editor = page.GetByTestId("widget-editor");
        var maxRows = editor.Locator("[data-field='maxRows'] input");

        await maxRows.FillAsync("500");
        await Expect(editor.GetByText("Messages shown must be between 1 and 200.")).ToBeVisibleAsync();
        await Expect(editor.GetByTestId("save-settings")).ToBeDisabledAsync();
        await maxRows.FillAsync("3");
        await editor.GetByTestId("save-settings").ClickAsync();
        await Expect(page.GetByText("Saved. Open widget pages")).ToBeVisibleAsync();

        Assert.Equal(new ChatTickerSettings { MaxRows = 3 }, app.Get<WidgetInstanceService>().Find("chat-ticker")?.Settings);
        await Expect(editor.GetByTestId("widget-preview").Locator("iframe")).ToHaveAttributeAsync("src", "/widgets/chat-ticker");
    }

    [Fact]
    public async Task Delete_asks_for_confirmation_then_removes_the_widget()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        await using var context = await browser.NewContextAsync(1280, 900);
        var page = await OpenAdminAsync(context, app);

        await page.Locator("tr[data-slug='like-goal']").GetByTestId("delete-widget").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Expect(page.Locator("tr[data-slug='like-goal']")).ToHaveCountAsync(0);

        Assert.Null(app.Get<WidgetRegistry>().Find("like-goal"));
    }

    [Fact]
    public async Task A_leaderboard_gets_its_typed_settings_form_and_live_preview()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var slug = app.Get<WidgetInstanceService>().Create(WidgetKinds.TopGifters, "Top gifters").Instance.Slug;
        await using var context = await browser.NewContextAsync(1280, 900);
        var page = await OpenAdminAsync(context, app);
        await page.Locator($"tr[data-slug='{slug}']").GetByTestId("edit-widget").ClickAsync();
        var editor = page.GetByTestId("widget-editor");

        await editor.Locator("[data-field='rows'] input").FillAsync("3");
        await editor.Locator("[data-field='title'] input").FillAsync("Legends");
        await editor.Locator("[data-field='allTime'] input").CheckAsync();
        await editor.Locator("[data-field='streamEndedText'] input").FillAsync("See you tomorrow");
        await editor.GetByTestId("save-settings").ClickAsync();
        await Expect(page.GetByText("Saved. Open widget pages")).ToBeVisibleAsync();

        var saved = Assert.IsType<LeaderboardSettings>(app.Get<WidgetInstanceService>().Find(slug)?.Settings);
        Assert.Equal((3, "Legends", true, "See you tomorrow"), (saved.Rows, saved.Title, saved.AllTime, saved.StreamEndedText));
        var preview = editor.GetByTestId("widget-preview").FrameLocator("iframe");
        await Expect(preview.Locator(".leaderboard .title")).ToHaveTextAsync("Legends");
    }

    private static async Task<IPage> OpenAdminAsync(IBrowserContext context, RunningApp app)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.Url("admin").ToString());
        await Expect(page.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        return page;
    }
}
