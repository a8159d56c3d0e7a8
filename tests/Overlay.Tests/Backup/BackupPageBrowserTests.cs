using Overlay.Tests.EndToEnd;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Widgets;
using Overlay.Widgets.LikeGoal;
using Overlay.Widgets.Shared;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Backup;

/// <summary>
/// The backup page in Chromium: download a backup, wipe the store, import the file, and the widgets render
/// exactly as before (screenshots compared pixel for pixel).
/// </summary>
[Trait("Category", "Browser")]
public sealed class BackupPageBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Export_wipe_import_renders_the_widgets_identically()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = TestContentRoot.Create();
        var file = Path.Combine(TestContentRoot.Create(), "backup.json");
        byte[] before;
        await using (var app = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct))
        {
            app.Get<WidgetInstanceService>().UpdateSettings("like-goal", new LikeGoalSettings
            {
                Title = "Backup goal ✨", Target = 777, Style = GoalStyle.Circle, Metric = GoalMetric.Follows,
                Look = new WidgetLook { AccentColor = "#ff00aa", TextColor = "#00ffcc", FontSize = 28 },
            });
            before = await ScreenshotAsync(app.PageUrl("like-goal"));

            await using var context = await browser.NewContextAsync(1280, 1000);
            var admin = await OpenBackupPageAsync(context, app);
            var download = await admin.RunAndWaitForDownloadAsync(() => admin.GetByTestId("backup-download").ClickAsync());
            Assert.StartsWith("overlay-backup-", download.SuggestedFilename);
            await download.SaveAsAsync(file);
        }
        File.Delete(Path.Combine(root, "overlay.db"));

        await using var restored = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct);
        Assert.Equal("Like goal", Assert.IsType<LikeGoalSettings>(restored.Get<WidgetInstanceService>().Find("like-goal")!.Settings).Title);
        await using (var context = await browser.NewContextAsync(1280, 1000))
        {
            var admin = await OpenBackupPageAsync(context, restored);
            await PickAsync(admin, file, admin.GetByTestId("backup-replaced"));
            await Expect(admin.GetByTestId("backup-replaced")).ToHaveTextAsync("1 replaced");
            await Expect(admin.GetByTestId("backup-added")).ToHaveTextAsync("0 added");
            await Expect(admin.Locator("[data-testid=backup-changes] tr[data-kind=Replaced]")).ToContainTextAsync("/widgets/like-goal");
            // Nothing is written before the user confirms.
            Assert.Equal("Like goal", Assert.IsType<LikeGoalSettings>(restored.Get<WidgetInstanceService>().Find("like-goal")!.Settings).Title);

            await admin.GetByTestId("backup-confirm").ClickAsync();
            await Expect(admin.GetByTestId("backup-imported")).ToContainTextAsync("before-import-");
        }

        var after = await ScreenshotAsync(restored.PageUrl("like-goal"));
        Assert.True(before.SequenceEqual(after), "The restored like goal renders differently from the exported one.");
    }

    [Fact]
    public async Task A_bad_file_shows_its_problem_and_offers_no_import()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var file = Path.Combine(TestContentRoot.Create(), "not-a-backup.json");
        await File.WriteAllTextAsync(file, """{"format":"tiktok-live-overlay-backup","version":1,"sections":{"widgets":[{"slug":"x","kind":"<img src=x onerror=alert(1)>","name":"x","settings":{}}]}}""", ct);
        await using var context = await browser.NewContextAsync(1280, 1000);
        var admin = await OpenBackupPageAsync(context, app);

        await PickAsync(admin, file, admin.GetByTestId("backup-import-problem"));

        await Expect(admin.GetByTestId("backup-import-problem")).ToContainTextAsync("no widget kind \"<img src=x onerror=alert(1)>\"");
        await Expect(admin.GetByTestId("backup-confirm")).ToHaveCountAsync(0);
        await Expect(admin.Locator("[data-testid=backup-import] img")).ToHaveCountAsync(0);
    }

    // The file input's script attaches just after the circuit renders; a file picked before that is not seen, so
    // pick again until the page answers (what a user would do).
    private static async Task PickAsync(Microsoft.Playwright.IPage admin, string file, Microsoft.Playwright.ILocator answer)
    {
        for (var attempt = 1; ; attempt++)
        {
            await admin.GetByTestId("backup-file").SetInputFilesAsync(file);
            try
            {
                await Expect(answer).ToBeVisibleAsync(new() { Timeout = 5_000 });
                return;
            }
            catch (Microsoft.Playwright.PlaywrightException) when (attempt < 3)
            {
                await admin.GetByTestId("backup-file").SetInputFilesAsync(Array.Empty<string>());
            }
        }
    }

    private static async Task<Microsoft.Playwright.IPage> OpenBackupPageAsync(Microsoft.Playwright.IBrowserContext context, RunningApp app)
    {
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(app.Url("admin/backup").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        return admin;
    }

    private async Task<byte[]> ScreenshotAsync(string url)
    {
        await using var context = await browser.NewContextAsync(1280, 720);
        var page = await LiveWidgetPage.OpenAsync(context, url);
        await Expect(page.Locator(".like-goal .target")).ToBeVisibleAsync();
        await WidgetScreenshotTests.WaitForEntranceAsync(page);
        return await page.ScreenshotAsync(new() { OmitBackground = true, Animations = Microsoft.Playwright.ScreenshotAnimations.Disabled });
    }
}
