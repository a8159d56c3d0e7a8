using Overlay.Tests.Infrastructure;
using Overlay.Web.Rules;
using Overlay.Web.Rules.Model;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Rules.EndToEnd;

/// <summary>The admin's Actions &amp; Events page in Chromium: building a rule in the editor, switching it off, moving it, a bad import.</summary>
[Trait("Category", "Browser")]
public sealed class RuleEditorBrowserTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_rule_built_in_the_editor_is_saved_listed_and_switched_off()
    {
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: Ct);
        await using var context = await browser.NewContextAsync(1400, 1000);
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(app.Url("admin/actions").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });

        await admin.GetByTestId("new-rule").ClickAsync();
        await Input(admin, "rule-name").FillAsync("Hydrate reminder");
        await Input(admin, "action-text").FillAsync("{nickname}, drink water!");
        await admin.GetByTestId("rule-editor").ScreenshotAsync(new() { Path = Path.Combine(Directory.CreateDirectory(Overlay.Tests.EndToEnd.WidgetScreenshotTests.Folder).FullName, "rule-editor.png") });
        await admin.GetByTestId("rule-save").ClickAsync();

        await Expect(admin.GetByTestId("rule-row")).ToHaveCountAsync(1);
        await Expect(admin.GetByTestId("rule-row")).ToContainTextAsync("Hydrate reminder");
        var saved = Assert.Single(app.Get<RuleBook>().All);
        Assert.Equal("{nickname}, drink water!", Assert.Single(saved.Actions).Text);

        await admin.GetByTestId("rule-edit").ClickAsync();
        await Expect(Input(admin, "rule-name")).ToHaveValueAsync("Hydrate reminder");
        await Expect(Input(admin, "action-text")).ToHaveValueAsync("{nickname}, drink water!");
        await admin.GetByText("Cancel").ClickAsync();

        await Input(admin, "rule-enabled").ClickAsync();
        await Expect(Input(admin, "rule-enabled")).Not.ToBeCheckedAsync();
        Assert.False(app.Get<RuleBook>().All[0].Enabled);
    }

    // MudBlazor puts a component's data-testid on its input or on a wrapper, depending on the component.
    private static Microsoft.Playwright.ILocator Input(Microsoft.Playwright.IPage page, string testId) =>
        page.Locator($"[data-testid='{testId}'] input, input[data-testid='{testId}']").First;

    [Fact]
    public async Task A_bad_import_file_shows_why_and_keeps_the_rules()
    {
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: Ct);
        app.Get<RuleBook>().Save(new Rule { Name = "Keep me", Actions = [new RuleAction { Text = "hi" }] });
        await using var context = await browser.NewContextAsync(1400, 1000);
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(app.Url("admin/actions").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });

        // Blazor's InputFile listens for the file only once its script has set up the input (after the first render).
        await admin.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await admin.Locator("input[type=file]").SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = "rules.json", MimeType = "application/json", Buffer = "{\"rules\": []}"u8.ToArray(),
        });

        await Expect(admin.GetByTestId("import-problems")).ToContainTextAsync("not a rules file exported");
        await Expect(admin.GetByTestId("rule-row")).ToHaveCountAsync(1);
        Assert.Single(app.Get<RuleBook>().All);
    }
}
