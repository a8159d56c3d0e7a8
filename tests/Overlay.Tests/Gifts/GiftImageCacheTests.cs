using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Gifts;
using Overlay.Widgets.Shared;

namespace Overlay.Tests.Gifts;

/// <summary>The local copy of gift pictures, against a fake CDN on 127.0.0.1: never the real CDN.</summary>
public sealed class GiftImageCacheTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private FakeHttpServer _cdn = null!;

    public async ValueTask InitializeAsync()
    {
        _cdn = await FakeHttpServer.StartAsync(Ct);
        _cdn.Map("/rose.png", c => FakeHttpServer.WriteAsync(c, "image/png", TestImages.Png));
    }

    public async ValueTask DisposeAsync() => await _cdn.DisposeAsync();

    [Fact]
    public async Task A_picture_is_downloaded_once_and_then_served_from_the_folder()
    {
        var time = GiftImageCaches.Clock();
        using var cache = GiftImageCaches.Create(time);

        var path = cache.LocalUrl(_cdn.Url("/rose.png"));
        var key = path![LocalImage.Prefix.Length..];
        var first = await cache.GetAsync(key, Ct);
        var second = await cache.GetAsync(key, Ct);

        Assert.NotNull(LocalImage.Accept(path));
        Assert.Equal("image/png", first!.ContentType);
        Assert.Equal(TestImages.Png, await File.ReadAllBytesAsync(first.Path, Ct));
        Assert.Equal(first, second);
        Assert.Equal(1, _cdn.Hits("/rose.png"));
        Assert.StartsWith(cache.Folder, first.Path, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first.Path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(cache.Folder));
        }
    }

    [Fact]
    public async Task A_slow_cdn_times_out_on_the_clock_and_leaves_no_file()
    {
        _cdn.Map("/slow.png", c => _cdn.StallAsync(c, "image/png"));
        var time = GiftImageCaches.Clock();
        using var cache = GiftImageCaches.Create(time, options: new GiftImageOptions { LoopbackOnly = true, TimeoutSeconds = 10 });
        var key = Key(cache, "/slow.png");

        var download = cache.GetAsync(key, Ct);
        await _cdn.ArrivedAsync("/slow.png", Ct);
        time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(download.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(await download.WaitAsync(TimeSpan.FromSeconds(20), Ct));
        Assert.Empty(Directory.EnumerateFiles(cache.Folder));
    }

    [Fact]
    public async Task A_huge_streamed_picture_is_cut_off_at_the_cap()
    {
        _cdn.Map("/huge.png", c => FakeHttpServer.StreamAsync(c, "image/png", 50L * 1024 * 1024));
        using var cache = GiftImageCaches.Create(GiftImageCaches.Clock(), options: new GiftImageOptions { LoopbackOnly = true, MaxImageKilobytes = 64 });

        Assert.Null(await cache.GetAsync(Key(cache, "/huge.png"), Ct));
        Assert.Empty(Directory.EnumerateFiles(cache.Folder));
        Assert.Equal(0, cache.TotalBytes);
    }

    [Fact]
    public async Task A_picture_that_says_it_is_too_big_is_refused_before_its_body()
    {
        _cdn.Map("/big.png", c => FakeHttpServer.WriteAsync(c, "image/png", TestImages.PngOfSize(200)));
        using var cache = GiftImageCaches.Create(GiftImageCaches.Clock(), options: new GiftImageOptions { LoopbackOnly = true, MaxImageKilobytes = 64 });

        Assert.Null(await cache.GetAsync(Key(cache, "/big.png"), Ct));
    }

    [Fact]
    public async Task Html_is_refused_whatever_content_type_it_claims()
    {
        var html = "<html><script>alert(1)</script></html>"u8.ToArray();
        _cdn.Map("/page.png", c => FakeHttpServer.WriteAsync(c, "text/html", html));
        _cdn.Map("/liar.png", c => FakeHttpServer.WriteAsync(c, "image/png", html));
        _cdn.Map("/icon.svg", c => FakeHttpServer.WriteAsync(c, "image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'/>"u8.ToArray()));
        using var cache = GiftImageCaches.Create(GiftImageCaches.Clock());

        Assert.Null(await cache.GetAsync(Key(cache, "/page.png"), Ct));
        Assert.Null(await cache.GetAsync(Key(cache, "/liar.png"), Ct));
        Assert.Null(await cache.GetAsync(Key(cache, "/icon.svg"), Ct));
        Assert.Empty(Directory.EnumerateFiles(cache.Folder));
    }

    [Theory]
    [InlineData("ftp://cdn.example/rose.png")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("/gift-images/rose.png")]
    [InlineData("")]
    public void Only_absolute_http_and_https_addresses_become_local_pictures(string address)
    {
        using var cache = GiftImageCaches.Create(GiftImageCaches.Clock());

        Assert.Null(cache.LocalUrl(address));
    }

    [Fact]
    public void Http_and_https_addresses_are_taken_and_this_computer_is_not()
    {
        using var strict = GiftImageCaches.Create(GiftImageCaches.Clock(), options: new GiftImageOptions());

        Assert.NotNull(strict.LocalUrl("http://cdn.example/rose.png", warm: false));
        Assert.NotNull(strict.LocalUrl("https://p16-webcast.tiktokcdn.com/img/rose.png~tplv-obj.webp", warm: false));
        Assert.Null(strict.LocalUrl(_cdn.Url("/rose.png"), warm: false));
        Assert.Null(strict.LocalUrl("http://localhost:5080/admin", warm: false));
        Assert.Null(strict.LocalUrl("http://[::1]/x.png", warm: false));
    }

    [Fact]
    public async Task In_loopback_only_mode_a_real_cdn_address_gets_the_placeholder_without_a_request()
    {
        using var cache = GiftImageCaches.Create(GiftImageCaches.Clock());

        var path = cache.LocalUrl("https://p16-webcast.tiktokcdn.com/img/rose.png");

        Assert.NotNull(LocalImage.Accept(path));
        Assert.Null(await cache.GetAsync(path![LocalImage.Prefix.Length..], Ct));
        Assert.Empty(Directory.EnumerateFiles(cache.Folder));
    }

    [Fact]
    public async Task The_least_recently_used_pictures_go_when_the_folder_passes_its_size()
    {
        foreach (var name in new[] { "a", "b", "c" })
        {
            var body = TestImages.PngOfSize(400);
            _cdn.Map($"/{name}.png", c => FakeHttpServer.WriteAsync(c, "image/png", body));
        }
        using var cache = GiftImageCaches.Create(GiftImageCaches.Clock(), options: new GiftImageOptions { LoopbackOnly = true, CacheMegabytes = 1 });
        var a = await cache.GetAsync(Key(cache, "/a.png"), Ct);
        var b = await cache.GetAsync(Key(cache, "/b.png"), Ct);
        await cache.GetAsync(a!.Key, Ct); // a is used again: b is now the least recently used

        var c = await cache.GetAsync(Key(cache, "/c.png"), Ct);

        Assert.Equal(2, cache.Count);
        Assert.True(File.Exists(a.Path));
        Assert.True(File.Exists(c!.Path));
        Assert.False(File.Exists(b!.Path));
        Assert.True(cache.TotalBytes <= 1024 * 1024);
    }

    [Fact]
    public async Task A_failed_picture_is_not_asked_for_again_until_its_backoff_has_passed()
    {
        _cdn.Map("/gone.png", c => { c.Response.StatusCode = StatusCodes.Status404NotFound; return Task.CompletedTask; });
        var time = GiftImageCaches.Clock();
        var log = new FakeLogger<GiftImageCache>();
        using var cache = GiftImageCaches.Create(time, options: new GiftImageOptions { LoopbackOnly = true, RetrySeconds = 60 }, logger: log);
        var key = Key(cache, "/gone.png");

        Assert.Null(await cache.GetAsync(key, Ct));
        for (var i = 0; i < 20; i++)
        {
            Assert.Null(await cache.GetAsync(key, Ct));
        }
        Assert.Equal(1, _cdn.Hits("/gone.png"));

        time.Advance(TimeSpan.FromSeconds(60));
        Assert.Null(await cache.GetAsync(key, Ct));
        Assert.Equal(2, _cdn.Hits("/gone.png"));

        time.Advance(TimeSpan.FromSeconds(60)); // the second failure waits twice as long
        Assert.Null(await cache.GetAsync(key, Ct));
        Assert.Equal(2, _cdn.Hits("/gone.png"));
        time.Advance(TimeSpan.FromSeconds(60));
        Assert.Null(await cache.GetAsync(key, Ct));
        Assert.Equal(3, _cdn.Hits("/gone.png"));
        Assert.Single(log.Collector.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public async Task Many_pages_asking_at_once_cost_one_download()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _cdn.Map("/held.png", async c =>
        {
            await release.Task.WaitAsync(c.RequestAborted);
            await FakeHttpServer.WriteAsync(c, "image/png", TestImages.Png);
        });
        using var cache = GiftImageCaches.Create(GiftImageCaches.Clock());
        var key = Key(cache, "/held.png");

        var waiting = Enumerable.Range(0, 10).Select(_ => cache.GetAsync(key, Ct)).ToList();
        await _cdn.ArrivedAsync("/held.png", Ct);
        release.SetResult();
        var images = await Task.WhenAll(waiting);

        Assert.All(images, Assert.NotNull);
        Assert.Equal(1, _cdn.Hits("/held.png"));
    }

    [Fact]
    public async Task Pictures_on_disk_are_served_after_a_restart_without_the_cdn()
    {
        var folder = GiftImageCaches.NewFolder();
        string key;
        using (var first = GiftImageCaches.Create(GiftImageCaches.Clock(), folder))
        {
            key = Key(first, "/rose.png");
            Assert.NotNull(await first.GetAsync(key, Ct));
        }
        await _cdn.DisposeAsync();
        _cdn = await FakeHttpServer.StartAsync(Ct);

        using var again = GiftImageCaches.Create(GiftImageCaches.Clock(), folder);
        var image = await again.GetAsync(key, Ct);

        Assert.Equal(TestImages.Png, await File.ReadAllBytesAsync(image!.Path, Ct));
    }

    private string Key(GiftImageCache cache, string path) =>
        cache.LocalUrl(_cdn.Url(path), warm: false)![LocalImage.Prefix.Length..];
}
