using Overlay.Web.Widgets;
using Microsoft.Playwright;
using Overlay.Tests.EndToEnd;
using Overlay.Tests.Infrastructure;
using Overlay.Widgets.LikeGoal;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Admin;

[Trait("Category", "Browser")]
public sealed class AdminGoalControlsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Goal_controls_update_the_open_widget_live_and_the_progress_survives_a_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        var contentRoot = TestContentRoot.Create();
        var first = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: contentRoot, cancellationToken: ct);
        await using var context = await browser.NewContextAsync(1280, 900);
        var widget = await LiveWidgetPage.OpenAsync(context, first.Url("widgets/like-goal").ToString());
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(first.Url("admin").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await admin.Locator("tr[data-slug='like-goal']").GetByTestId("edit-widget").ClickAsync();
        var controls = admin.GetByTestId("goal-controls");

        await controls.Locator("[data-testid='goal-progress-input'] input, input[data-testid='goal-progress-input']").First.FillAsync("12345");
        await controls.GetByTestId("goal-set").ClickAsync();
        await Expect(widget.Locator(".like-goal .current")).ToHaveTextAsync("12,345");
        await Expect(widget.Locator(".like-goal .target")).ToHaveTextAsync("20,000");
        await controls.GetByTestId("goal-next-step").ClickAsync();
        await Expect(widget.Locator(".like-goal .target")).ToHaveTextAsync("30,000");
        await Expect(controls.GetByTestId("goal-now")).ToContainTextAsync("12,345 of 30,000");
        Directory.CreateDirectory(WidgetScreenshotTests.Folder);
        await admin.GetByTestId("widget-editor").ScreenshotAsync(new() { Path = Path.Combine(WidgetScreenshotTests.Folder, "admin-goal-editor.png") });

        await first.DisposeAsync();
        await using var second = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: contentRoot, cancellationToken: ct);
        var restored = await context.NewPageAsync();
        await LiveWidgetPage.GotoAsync(restored, second.Url("widgets/like-goal").ToString());

        await Expect(restored.Locator(".like-goal .current")).ToHaveTextAsync("12,345");
        await Expect(restored.Locator(".like-goal .target")).ToHaveTextAsync("30,000");
        Assert.Equal(new GoalView("Like goal", 12_345, 30_000), second.Source<GoalView>("like-goal").Current);
    }

    [Fact]
    public async Task Reset_button_empties_the_open_goal()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        await using var context = await browser.NewContextAsync(1280, 900);
        var widget = await LiveWidgetPage.OpenAsync(context, app.Url("widgets/like-goal").ToString());
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(app.Url("admin").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await admin.GetByTestId("test-likes").ClickAsync();
        await Expect(widget.Locator(".like-goal .current")).Not.ToHaveTextAsync("0");
        await admin.Locator("tr[data-slug='like-goal']").GetByTestId("edit-widget").ClickAsync();

        await admin.GetByTestId("goal-controls").GetByTestId("goal-reset").ClickAsync();

        await Expect(widget.Locator(".like-goal .current")).ToHaveTextAsync("0");
        await Expect(widget.Locator(".like-goal .target")).ToHaveTextAsync("10,000");
    }

    [Fact]
    public async Task Changing_the_style_in_the_admin_redraws_the_open_goal_and_keeps_its_progress()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        await using var context = await browser.NewContextAsync(1280, 900);
        var widget = await LiveWidgetPage.OpenAsync(context, app.Url("widgets/like-goal").ToString());
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(app.Url("admin").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await admin.Locator("tr[data-slug='like-goal']").GetByTestId("edit-widget").ClickAsync();
        var editor = admin.GetByTestId("widget-editor");
        await editor.GetByTestId("goal-controls").Locator("input").First.FillAsync("777");
        await editor.GetByTestId("goal-set").ClickAsync();
        await Expect(widget.Locator(".like-goal .current")).ToHaveTextAsync("777");

        await editor.Locator("[data-field='style'] .mud-select").First.ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "Circle" }).ClickAsync();
        // The pick reaches the form after the popover closes; saving before it lands would store the old style.
        await Expect(editor.Locator("[data-field='style'] .mud-select").First).ToContainTextAsync("Circle");
        await editor.GetByTestId("save-settings").ClickAsync();
        await Expect(admin.GetByText("Saved. Open widget pages")).ToBeVisibleAsync();

        Assert.Equal(GoalStyle.Circle, ((LikeGoalSettings)app.Get<Overlay.Web.Widgets.WidgetInstanceService>().Find("like-goal")!.Settings).Style);
        await Expect(widget.Locator(".like-goal[data-style='Circle'] .ring .current")).ToHaveTextAsync("777");
    }
}
