using Microsoft.Playwright;
using Overlay.Tests.Admin;
using Overlay.Tests.EndToEnd;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Web.Widgets;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Security;

/// <summary>
/// The policy must cost no feature: every widget kind and the admin (with its live preview) run in Chromium with
/// live events, media and a custom CSS, and Chromium reports no violation (the DOM event and the console).
/// </summary>
[Trait("Category", "Browser")]
public sealed class ContentSecurityPolicyBrowserTests(BrowserFixture browser)
{
    private const string ListenScript = """
        document.addEventListener('securitypolicyviolation', e => {
            (window.__cspViolations ||= []).push(e.violatedDirective + ' ' + e.blockedURI);
        });
        """;

    [Fact]
    public async Task Every_widget_kind_runs_live_with_no_policy_violation()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = TestContentRoot.Create();
        SampleMedia.CopyInto(root);
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct);
        var widgets = app.Get<WidgetInstanceService>();
        var slugs = new List<string>();
        foreach (var kind in WidgetKinds.All)
        {
            slugs.Add(widgets.Create(kind, "CSP " + kind.Name).Instance.Slug);
        }
        await using var context = await browser.NewContextAsync(800, 600);
        var console = Listen(context);
        await context.AddInitScriptAsync(ListenScript);
        var pages = new List<IPage>();
        foreach (var slug in slugs)
        {
            pages.Add(await LiveWidgetPage.OpenAsync(context, app.PageUrl(slug)));
        }

        var events = app.Get<TestEventSender>();
        events.SendChat("policy <b>check</b> 👋");
        events.SendGift();
        events.SendFollow();
        events.SendLikeBurst();
        events.SendViewerCount();
        await Expect(pages[slugs.FindIndex(s => s.Contains("chat", StringComparison.Ordinal))].Locator(".chat-ticker .comment"))
            .ToContainTextAsync(["policy <b>check</b> 👋"]);
        await Expect(pages[0].Locator(".alert")).ToBeVisibleAsync();

        foreach (var page in pages)
        {
            Assert.Empty(await ViolationsAsync(page));
        }
        Assert.Empty(console);
    }

    [Fact]
    public async Task Admin_with_its_preview_and_a_custom_css_runs_with_no_policy_violation()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = TestContentRoot.Create();
        SampleMedia.CopyInto(root);
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct);
        await using var context = await browser.NewContextAsync(1280, 900);
        var console = Listen(context);
        await context.AddInitScriptAsync(ListenScript);
        var page = await context.NewPageAsync();

        await page.GotoAsync(app.Url("admin").ToString());
        await Expect(page.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await page.GetByTestId("edit-widget").First.ClickAsync();
        var preview = page.FrameLocator("iframe[title^='Preview']");
        await Expect(preview.Locator(".widget")).ToBeAttachedAsync();
        app.Get<TestEventSender>().SendGift();
        await Expect(preview.Locator(".alert")).ToBeVisibleAsync();

        Assert.Empty(await ViolationsAsync(page));
        foreach (var frame in page.Frames)
        {
            Assert.Empty(await frame.EvaluateAsync<string[]>("() => window.__cspViolations ?? []"));
        }
        Assert.Empty(console);
    }

    [Fact]
    public async Task Script_injected_into_a_widget_page_is_blocked()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        await using var context = await browser.NewContextAsync(800, 600);
        await context.AddInitScriptAsync(ListenScript);
        var page = await LiveWidgetPage.OpenAsync(context, app.PageUrl("chat-ticker"));

        await page.EvaluateAsync("""
            () => { const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.body.append(s); }
            """);

        Assert.False(await page.EvaluateAsync<bool>("() => window.__ran === true"));
        Assert.Contains(await ViolationsAsync(page), v => v.StartsWith("script-src", StringComparison.Ordinal));
    }

    private static List<string> Listen(IBrowserContext context)
    {
        var messages = new List<string>();
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (messages)
                {
                    messages.Add(message.Text);
                }
            }
        };
        return messages;
    }

    private static async Task<string[]> ViolationsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("() => window.__cspViolations ?? []");
}
