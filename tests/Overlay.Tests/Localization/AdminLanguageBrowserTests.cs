using Overlay.Tests.Infrastructure;
using Overlay.Web.Widgets;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Localization;

/// <summary>The admin's language in Chromium: the browser's, then the picker's, remembered.</summary>
[Trait("Category", "Browser")]
public sealed class AdminLanguageBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_admin_follows_the_browser_language_with_its_number_format_and_the_picker_is_remembered()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var goal = (IGoalControls)app.Get<WidgetRegistry>().Find("like-goal")!.Source;
        goal.SetProgress(1234);
        await using var context = await browser.NewContextAsync(new() { Locale = "de-DE", ViewportSize = new() { Width = 1280, Height = 900 } });
        var admin = await context.NewPageAsync();

        await admin.GotoAsync(app.Url("admin").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await Expect(admin.GetByTestId("language")).ToHaveTextAsync("Deutsch");
        await Expect(admin.GetByTestId("nav-admin")).ToHaveTextAsync("Übersicht");
        await Expect(admin.GetByTestId("save-connection")).ToHaveTextAsync("Speichern und neu verbinden");
        await admin.Locator("tr[data-slug='like-goal']").GetByTestId("edit-widget").ClickAsync();
        await Expect(admin.GetByTestId("goal-now")).ToContainTextAsync("Jetzt 1.234 von 10.000");

        await admin.GetByTestId("language").ClickAsync();
        await admin.GetByText("Español", new() { Exact = true }).ClickAsync();
        await Expect(admin.GetByTestId("save-connection")).ToHaveTextAsync("Guardar y reconectar");
        await Expect(admin.GetByTestId("language")).ToHaveTextAsync("Español");

        // Remembered: another page of the admin, opened fresh, is in Spanish although the browser says German.
        var again = await context.NewPageAsync();
        await again.GotoAsync(app.Url("admin/backup").ToString());
        await Expect(again.GetByTestId("backup-download")).ToHaveTextAsync("Descargar copia");
    }

    [Fact]
    public async Task The_language_link_only_goes_back_into_the_admin()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        foreach (var (back, expected) in new[] { ("/admin/backup", "/admin/backup"), ("//evil.example/admin", "/admin"), ("https://evil.example/", "/admin"), ("/widgets/x", "/admin") })
        {
            using var response = await client.GetAsync(app.Url($"admin/language?culture=pt-BR&back={Uri.EscapeDataString(back)}"), ct);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(expected, response.Headers.Location!.OriginalString);
            Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("c%3Dpt-BR", StringComparison.Ordinal));
        }
        using var unknown = await client.GetAsync(app.Url("admin/language?culture=xx"), ct);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknown.StatusCode);
    }
}
