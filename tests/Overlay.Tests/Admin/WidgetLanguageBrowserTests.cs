using Microsoft.Playwright;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Events;
using Overlay.Web.Widgets;
using Overlay.Widgets.GiftAlert;
using static Microsoft.Playwright.Assertions;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Admin;

/// <summary>A widget's language in the admin: new instances follow the admin's, and a change swaps only the untouched texts.</summary>
[Trait("Category", "Browser")]
public sealed class WidgetLanguageBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_new_alert_box_starts_in_the_admins_language_and_a_change_keeps_the_streamers_text()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        await using var context = await browser.NewContextAsync(new() { Locale = "de-DE", ViewportSize = new() { Width = 1280, Height = 900 } });
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(app.Url("admin").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });

        await admin.GetByTestId("create-widget").ClickAsync();
        var editor = admin.GetByTestId("widget-editor");
        await Expect(editor.Locator("[data-field='share.template'] input")).ToHaveValueAsync("{nickname} hat den LIVE geteilt!");
        var slug = app.Get<WidgetInstanceService>().List().Single(e => e.Instance.Kind == WidgetKinds.GiftAlert && e.Instance.Slug != "gift-alert").Instance.Slug;
        Assert.Equal("de", ((GiftAlertSettings)app.Get<WidgetInstanceService>().Find(slug)!.Settings).Language);

        await editor.Locator("[data-field='follow.template'] input").FillAsync("Danke {nickname}");
        await editor.Locator("[data-field='language'] .mud-select").First.ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "Español" }).ClickAsync();
        await Expect(editor.Locator("[data-field='share.template'] input")).ToHaveValueAsync("¡{nickname} compartió el LIVE!");
        await Expect(editor.Locator("[data-field='follow.template'] input")).ToHaveValueAsync("Danke {nickname}");
        var service = app.Get<WidgetInstanceService>();
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (service.Subscribe(() => stored.TrySetResult()))
        {
            await editor.GetByTestId("save-settings").ClickAsync();
            await stored.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        }

        var saved = (GiftAlertSettings)service.Find(slug)!.Settings;
        Assert.Equal("es", saved.Language);
        Assert.Equal(("Danke {nickname}", "¡{nickname} compartió el LIVE!"), (saved.Follow.Template, saved.Share.Template));
        var widget = await LiveWidgetPage.OpenAsync(context, app.Url($"widgets/{slug}").ToString());
        app.Get<EventHub>().Publish(new ShareEvent(User("bo")));
        await Expect(widget.Locator(".alert .caption")).ToHaveTextAsync("Compartido");
        await Expect(widget.Locator(".alert .message")).ToHaveTextAsync("¡BO compartió el LIVE!");
    }
}
