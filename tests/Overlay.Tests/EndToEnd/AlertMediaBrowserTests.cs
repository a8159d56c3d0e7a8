using Overlay.Web.Widgets;
using System.Net;
using Microsoft.Playwright;
using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Widgets.GiftAlert;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>
/// Alert videos, images and per-type accent colours in real Chromium, with the samples the repository ships:
/// picked and saved in the admin, then shown by the widget page over a real upstream socket.
/// </summary>
public sealed class AlertMediaBrowserTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // A video counts as playing once it has data, is not paused and its clock has moved.
    private const string VideoPlays = "v => v.readyState >= 2 && !v.paused && v.currentTime > 0";

    [Trait("Category", "Browser")]
    [Fact]
    public async Task A_follow_video_and_accent_and_a_gift_image_picked_in_the_admin_show_on_the_widget_page()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct, contentRoot: SampleMedia.CopyInto(TestContentRoot.Create()));
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(1280, 900);
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(h.App.Url("admin").ToString());
        await Expect(admin.GetByTestId("admin-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await admin.Locator("tr[data-slug='gift-alert']").GetByTestId("edit-widget").ClickAsync();
        var editor = admin.GetByTestId("widget-editor");

        await PickAsync(admin, editor, "follow.videoFile", SampleMedia.Video);
        await editor.Locator("[data-field='follow.accentColor'] input:not([type=color])").FillAsync("#12ab34");
        await PickAsync(admin, editor, "giftImageFile", SampleMedia.Image);
        await editor.GetByTestId("save-settings").ClickAsync();
        await Expect(admin.GetByText("Saved. Open widget pages")).ToBeVisibleAsync();
        var saved = Assert.IsType<GiftAlertSettings>(h.App.Get<WidgetInstanceService>().Find("gift-alert")?.Settings);
        Assert.Equal((SampleMedia.Video, "#12ab34", SampleMedia.Image), (saved.Follow.VideoFile, saved.Follow.AccentColor, saved.GiftImageFile));

        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("gift-alert"));
        await socket.SendTextAsync(Frames.Follow().From("ana", "Ana").Id("f-1"), Ct);
        var follow = page.Locator(".alert[data-kind='follow']");
        var video = follow.Locator("video.alert-video");
        await Expect(video).ToHaveAttributeAsync("src", "/videos/ring.webm");
        await video.EvaluateAsync($"v => new Promise(done => {{ const check = () => ({VideoPlays})(v) ? done() : requestAnimationFrame(check); check(); }})");
        Assert.True(await video.EvaluateAsync<bool>("v => v.muted && v.loop && !v.controls && getComputedStyle(v).backgroundColor === 'rgba(0, 0, 0, 0)'"));
        Assert.Contains("rgb(18, 171, 52)", await follow.EvaluateAsync<string>("a => getComputedStyle(a).boxShadow"));
        await page.ScreenshotAsync(new() { Path = Screenshot("alert-video") });

        h.Time.Advance(TimeSpan.FromSeconds(5));
        await Expect(page.Locator(".alert")).ToHaveCountAsync(0);
        await socket.SendTextAsync(Frames.Gift("Rose").From("bo", "Bo").Group("r").Id("g-1").Repeat(3).Ended(), Ct);
        var gift = page.Locator(".alert[data-kind='gift']");
        var image = gift.Locator("img.alert-img");
        await Expect(image).ToHaveAttributeAsync("src", "/images/pulse.gif");
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('.alert img.alert-img'); return i && i.complete && i.naturalWidth > 0; }");
        Assert.Contains("rgb(255, 45, 111)", await gift.EvaluateAsync<string>("a => getComputedStyle(a).boxShadow"));
        Assert.Equal(0, await gift.Locator("video").CountAsync());
        await page.ScreenshotAsync(new() { Path = Screenshot("alert-image") });
    }

    private static string Screenshot(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, $"{name}.png");
    }

    [Trait("Category", "Browser")]
    [Fact]
    public async Task A_video_pauses_while_OBS_hides_the_source_and_plays_again_when_shown()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct, contentRoot: SampleMedia.CopyInto(TestContentRoot.Create()));
        var socket = await h.NextConnectedAttemptAsync(Ct);
        h.App.Get<WidgetInstanceService>().UpdateSettings("gift-alert", new GiftAlertSettings { GiftVideoFile = SampleMedia.Video, DisplaySeconds = 30 });
        await using var context = await browser.NewContextAsync(800, 600);
        await context.AddInitScriptAsync("window.obsstudio = { pluginVersion: '30.0.0' };");
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("gift-alert"));

        await socket.SendTextAsync(Frames.Gift("Rose").From("bo", "Bo").Group("r").Id("g-1").Repeat(1).Ended(), Ct);
        var video = page.Locator(".alert video.alert-video");
        await page.WaitForFunctionAsync($"() => {{ const v = document.querySelector('.alert video'); return v && ({VideoPlays})(v); }}");
        await page.EvaluateAsync("() => window.dispatchEvent(new CustomEvent('obsSourceVisibleChanged', { detail: { visible: false } }))");
        await page.WaitForFunctionAsync("() => document.querySelector('.alert video').paused");
        var pausedAt = await video.EvaluateAsync<double>("v => v.currentTime");
        await page.EvaluateAsync("() => window.dispatchEvent(new CustomEvent('obsSourceVisibleChanged', { detail: { visible: true } }))");

        await page.WaitForFunctionAsync($"at => {{ const v = document.querySelector('.alert video'); return !v.paused && v.currentTime !== at; }}", pausedAt);
    }

    [Fact]
    public async Task The_samples_are_served_from_their_folders_and_a_path_out_of_a_folder_is_not()
    {
        var root = SampleMedia.CopyInto(TestContentRoot.Create());
        await File.WriteAllTextAsync(Path.Combine(root, "wwwroot", "videos", "..", "..", "secret.webm"), "not for the web", Ct);
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: Ct);
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        using var video = await http.GetAsync("videos/ring.webm", Ct);
        using var image = await http.GetAsync("images/pulse.gif", Ct);
        Assert.Equal((HttpStatusCode.OK, "video/webm"), (video.StatusCode, video.Content.Headers.ContentType?.MediaType));
        Assert.Equal((HttpStatusCode.OK, "image/gif"), (image.StatusCode, image.Content.Headers.ContentType?.MediaType));
        foreach (var path in new[] { "videos/..%2F..%2Fsecret.webm", "videos/%2e%2e/%2e%2e/secret.webm", "videos/..%5C..%5Csecret.webm" })
        {
            using var response = await http.GetAsync(path, Ct);
            Assert.DoesNotContain("not for the web", await response.Content.ReadAsStringAsync(Ct));
        }
        Assert.Throws<ArgumentException>(() => app.Get<WidgetInstanceService>().UpdateSettings("gift-alert", new GiftAlertSettings { GiftVideoFile = "../../secret.webm" }));
    }

    private static async Task PickAsync(IPage admin, ILocator editor, string field, string option)
    {
        await editor.Locator($"[data-field='{field}'] .mud-select").First.ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(editor.Locator($"[data-field='{field}'] input")).ToHaveValueAsync(option);
    }
}
