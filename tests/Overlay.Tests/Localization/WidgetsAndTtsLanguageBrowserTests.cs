using Overlay.Tests.Admin;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Widgets;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Localization;

/// <summary>The TTS page, a widget's settings form and the sign-in page in the browser's language, in Chromium.</summary>
[Trait("Category", "Browser")]
public sealed class WidgetsAndTtsLanguageBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_tts_page_and_a_widgets_settings_form_are_translated()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        await using var german = await browser.NewContextAsync(new() { Locale = "de-DE", ViewportSize = new() { Width = 1280, Height = 900 } });
        var tts = await german.NewPageAsync();

        await tts.GotoAsync(app.Url("admin/tts").ToString());
        await Expect(tts.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await Expect(tts.GetByTestId("tts-engine")).ToContainTextAsync("Sprach-Engine");
        await Expect(tts.GetByTestId("tts-widgets")).ToContainTextAsync("Sprachausgabe-Widgets");
        await Expect(tts.GetByTestId("tts-test")).ToHaveTextAsync("Testsatz sprechen");

        await using var spanish = await browser.NewContextAsync(new() { Locale = "es-ES", ViewportSize = new() { Width = 1280, Height = 900 } });
        var admin = await spanish.NewPageAsync();
        await admin.GotoAsync(app.Url("admin").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        var row = admin.Locator("tr[data-slug='like-goal']");
        await Expect(row.GetByTestId("edit-widget")).ToHaveTextAsync("Editar");
        await row.GetByTestId("edit-widget").ClickAsync();

        var form = admin.GetByTestId("widget-editor");
        await Expect(form.Locator("[data-field='target'] label")).ToHaveTextAsync("Objetivo");
        await Expect(form.Locator("[data-field='target']")).ToContainTextAsync("La primera meta, en lo que cuenta.");
        await Expect(form.Locator("[data-group='Look']")).ToHaveTextAsync("Aspecto");
        await Expect(form.GetByTestId("save-settings")).ToHaveTextAsync("Guardar");

        // A change from another thread (here the test's, as a widget state's would be) re-renders in Spanish too.
        ((IGoalControls)app.Get<WidgetRegistry>().Find("like-goal")!.Source).SetProgress(4321);
        await Expect(admin.GetByTestId("goal-now")).ToHaveTextAsync("Ahora 4.321 de 10.000");

        // A range problem is said in Spanish, with the translated label.
        var target = form.Locator("[data-field='target'] input");
        await target.FillAsync("-5");
        await Expect(form.Locator("[data-field='target']")).ToContainTextAsync("Objetivo debe estar entre");
    }

    [Fact]
    public async Task The_sign_in_page_is_in_the_browsers_language_with_its_lang()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(new() { ["Admin:Password"] = "correct horse" }),
            RemoteAddressOverride.Register, cancellationToken: ct);
        // Another device on the network: the admin sends it to the sign-in page.
        await using var tablet = await browser.NewContextAsync(new()
        {
            Locale = "pt-BR",
            ExtraHTTPHeaders = new Dictionary<string, string> { [RemoteAddressOverride.Header] = "192.168.1.90" },
        });
        var page = await tablet.NewPageAsync();

        await page.GotoAsync(app.Url("admin").ToString());
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "pt-BR");
        await Expect(page.Locator("label[for='password']")).ToHaveTextAsync("Senha");
        await Expect(page.Locator("button[type='submit']")).ToHaveTextAsync("Entrar");

        await page.Locator("#password").FillAsync("wrong");
        await page.Locator("button[type='submit']").ClickAsync();
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Alert)).ToHaveTextAsync("Senha incorreta.");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Administração do overlay");
    }
}
