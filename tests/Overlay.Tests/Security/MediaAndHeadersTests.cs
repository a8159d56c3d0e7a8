using System.Net;
using Overlay.Tests.Admin;
using Overlay.Tests.Infrastructure;

namespace Overlay.Tests.Security;

/// <summary>A downloaded "alert pack" may hold HTML or SVG: the media folders serve only their own media types.</summary>
public sealed class MediaAndHeadersTests
{
    [Theory]
    [InlineData("sounds/readme.html")]
    [InlineData("sounds/alert.mp3.html")]
    [InlineData("sounds/player.js")]
    [InlineData("images/x.svg")]
    [InlineData("images/page.htm")]
    [InlineData("videos/clip.xml")]
    [InlineData("notes.txt")]
    [InlineData("index.html")]
    public async Task Hostile_files_in_the_media_folders_are_404(string file)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await StartWithFilesAsync(ct, file);
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        using var response = await http.GetAsync(file, ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("sounds/ding.wav", "audio/wav")]
    [InlineData("sounds/ding.mp3", "audio/mpeg")]
    [InlineData("sounds/ding.ogg", "audio/ogg")]
    [InlineData("sounds/ding.opus", "audio/ogg")]
    [InlineData("sounds/ding.m4a", "audio/mp4")]
    [InlineData("sounds/ding.flac", "audio/flac")]
    [InlineData("images/pic.png", "image/png")]
    [InlineData("images/pic.GIF", "image/gif")]
    [InlineData("images/pic.webp", "image/webp")]
    [InlineData("images/pic.jpeg", "image/jpeg")]
    [InlineData("videos/clip.webm", "video/webm")]
    [InlineData("videos/clip.mp4", "video/mp4")]
    public async Task Media_files_are_served_with_their_type_nosniff_and_a_sandbox(string file, string type)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await StartWithFilesAsync(ct, file);
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        using var response = await http.GetAsync(file, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains("sandbox", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task An_image_in_the_sounds_folder_is_not_served()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await StartWithFilesAsync(ct, "sounds/pic.png");
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        using var response = await http.GetAsync("sounds/pic.png", ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("widgets/chat-ticker")]
    [InlineData("alive")]
    [InlineData("healthz")]
    [InlineData("_framework/blazor.web.js")]
    [InlineData("Overlay.Web.styles.css")]
    [InlineData("no/such/page")]
    [InlineData("admin/login")]
    public async Task Every_response_says_nosniff_and_no_referrer(string path)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        using var response = await http.GetAsync(path, ct);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Admin_and_widget_pages_carry_their_content_security_policies()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        using var admin = await http.GetAsync("admin", ct);
        using var widget = await http.GetAsync("widgets/gift-alert", ct);

        var adminPolicy = Header(admin, "Content-Security-Policy");
        var widgetPolicy = Header(widget, "Content-Security-Policy");
        Assert.Contains("script-src 'self';", adminPolicy);
        Assert.Contains("frame-ancestors 'none'", adminPolicy);
        Assert.Equal("DENY", Header(admin, "X-Frame-Options"));
        Assert.Contains("script-src 'self';", widgetPolicy);
        Assert.Contains("frame-ancestors 'self'", widgetPolicy);
        Assert.Equal("SAMEORIGIN", Header(widget, "X-Frame-Options"));
        Assert.DoesNotContain("unsafe-eval", adminPolicy + widgetPolicy);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", adminPolicy + widgetPolicy);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : "";

    private static Task<RunningApp> StartWithFilesAsync(CancellationToken ct, params string[] files)
    {
        var root = TestContentRoot.Create();
        foreach (var folder in new[] { "sounds", "images", "videos" })
        {
            Directory.CreateDirectory(Path.Combine(root, "wwwroot", folder));
        }
        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(root, "wwwroot", file), "<html><script>alert(document.cookie)</script></html>");
        }
        return RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct);
    }
}
