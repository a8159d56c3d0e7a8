using Overlay.Web.Widgets;
using Microsoft.Playwright;
using Overlay.Tests.Infrastructure;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.GiftAlert;
using Overlay.Widgets.LikeGoal;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

[Trait("Category", "Browser")]
public sealed class WidgetPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Gift_alert_page_shows_the_current_alert_and_the_next_one_live()
    {
        var source = new TestViewSource<GiftAlertView>(SampleViews.Alert(id: 1, nickname: "first gifter"));
        await using var app = await WidgetApp.StartAsync([WidgetApp.Handle("e2e-alert", WidgetKinds.GiftAlert, source)]);
        await using var context = await browser.NewContextAsync();
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("e2e-alert"));
        await Expect(page.Locator(".alert .nickname")).ToHaveTextAsync("first gifter");

        source.Set(SampleViews.Alert(id: 2, nickname: "second gifter"));

        await Expect(page.Locator(".alert .nickname")).ToHaveTextAsync("second gifter");
    }

    [Fact]
    public async Task Next_alert_gets_a_new_element_so_its_animation_restarts()
    {
        var source = new TestViewSource<GiftAlertView>(SampleViews.Alert(id: 1, nickname: "same"));
        await using var app = await WidgetApp.StartAsync([WidgetApp.Handle("e2e-alert", WidgetKinds.GiftAlert, source)]);
        await using var context = await browser.NewContextAsync();
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("e2e-alert"));
        await page.EvaluateAsync("() => document.querySelector('.alert').firstAlert = true");

        source.Set(SampleViews.Alert(id: 2, nickname: "same"));

        await Expect(page.Locator(".alert[data-alert-id='2']")).ToBeVisibleAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => document.querySelector('.alert').firstAlert === true"));
    }

    [Fact]
    public async Task Chat_ticker_page_shows_its_lines_and_new_messages_live()
    {
        var source = new TestViewSource<ChatTickerView>(SampleViews.Chat("hello"));
        await using var app = await WidgetApp.StartAsync([WidgetApp.Handle("e2e-chat", WidgetKinds.ChatTicker, source)]);
        await using var context = await browser.NewContextAsync();
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("e2e-chat"));
        await Expect(page.Locator(".chat-ticker .comment")).ToHaveTextAsync(["hello"]);

        source.Set(SampleViews.Chat("hello", "second message"));

        await Expect(page.Locator(".chat-ticker .comment")).ToHaveTextAsync(["hello", "second message"]);
    }

    [Fact]
    public async Task Like_goal_page_shows_progress_and_updates_live()
    {
        var source = new TestViewSource<GoalView>(SampleViews.Goal(current: 1_000));
        await using var app = await WidgetApp.StartAsync([WidgetApp.Handle("e2e-goal", WidgetKinds.LikeGoal, source)]);
        await using var context = await browser.NewContextAsync();
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("e2e-goal"));
        await Expect(page.Locator(".like-goal .current")).ToHaveTextAsync("1,000");

        source.Set(SampleViews.Goal(current: 7_500));

        await Expect(page.Locator(".like-goal .current")).ToHaveTextAsync("7,500");
        await Expect(page.Locator(".like-goal .fill")).ToHaveAttributeAsync("style", "width: 75%");
    }

    [Fact]
    public async Task Chat_comment_with_markup_shows_as_literal_text_and_runs_nothing()
    {
        const string hostile = "<img src=x onerror=alert(1)>";
        var source = new TestViewSource<ChatTickerView>(ChatTickerView.Empty);
        await using var app = await WidgetApp.StartAsync([WidgetApp.Handle("e2e-chat", WidgetKinds.ChatTicker, source)]);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await LiveWidgetPage.GotoAsync(page, app.PageUrl("e2e-chat"));

        source.Set(SampleViews.Chat(hostile));

        await Expect(page.Locator(".chat-ticker .comment")).ToHaveTextAsync(hostile);
        await Expect(page.Locator("img")).ToHaveCountAsync(0);
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task Failing_state_blanks_the_widget_until_its_next_change()
    {
        var source = new TestViewSource<ChatTickerView>(SampleViews.Chat("before the failure"));
        await using var app = await WidgetApp.StartAsync([WidgetApp.Handle("e2e-chat", WidgetKinds.ChatTicker, source)]);
        await using var context = await browser.NewContextAsync();
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("e2e-chat"));

        source.Break();
        await Expect(page.Locator(".chat-ticker")).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).ToHaveTextAsync("");
        source.Set(SampleViews.Chat("after the failure"));

        await Expect(page.Locator(".chat-ticker .comment")).ToHaveTextAsync(["after the failure"]);
    }

    [Fact]
    public async Task Unknown_slug_answers_404_with_a_blank_page()
    {
        await using var app = await WidgetApp.StartAsync([]);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(app.PageUrl("no-such-widget"));

        Assert.Equal(404, response!.Status);
        Assert.Equal("", (await page.Locator("body").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Idle_gift_alert_runs_no_animation()
    {
        var source = new TestViewSource<GiftAlertView>(GiftAlertView.Empty);
        await using var app = await WidgetApp.StartAsync([WidgetApp.Handle("e2e-alert", WidgetKinds.GiftAlert, source)]);
        await using var context = await browser.NewContextAsync();
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("e2e-alert"));

        var running = await page.EvaluateAsync<int>("() => document.getAnimations().length");

        Assert.Equal(0, running);
    }

    [Fact]
    public async Task Busy_widgets_run_only_finite_animations()
    {
        var alerts = new TestViewSource<GiftAlertView>(SampleViews.Alert());
        var chat = new TestViewSource<ChatTickerView>(SampleViews.BusyChat);
        var goal = new TestViewSource<GoalView>(SampleViews.Goal(current: 10));
        await using var app = await WidgetApp.StartAsync(
        [
            WidgetApp.Handle("e2e-alert", WidgetKinds.GiftAlert, alerts),
            WidgetApp.Handle("e2e-chat", WidgetKinds.ChatTicker, chat),
            WidgetApp.Handle("e2e-goal", WidgetKinds.LikeGoal, goal),
        ]);
        await using var context = await browser.NewContextAsync();
        var infinite = new List<string>();

        foreach (var slug in new[] { "e2e-alert", "e2e-chat", "e2e-goal" })
        {
            var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl(slug));
            if (slug == "e2e-goal")
            {
                goal.Set(SampleViews.Goal(current: 9_000));
                await Expect(page.Locator(".like-goal .current")).ToHaveTextAsync("9,000");
            }
            var count = await page.EvaluateAsync<int>(
                "() => document.getAnimations().filter(a => a.effect.getComputedTiming().iterations === Infinity).length");
            if (count > 0)
            {
                infinite.Add(slug);
            }
        }

        Assert.Empty(infinite);
    }
}
