using System.Net;
using Overlay.Tests.Admin;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Gifts;
using Overlay.Web.Security;

namespace Overlay.Tests.Gifts;

/// <summary>/gift-images/{key} through the real app and its security pipeline, asked for from another PC on the LAN.</summary>
public sealed class GiftImageEndpointTests : IAsyncLifetime
{
    private const string Lan = "192.168.1.77";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private FakeHttpServer _cdn = null!;
    private RunningApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _cdn = await FakeHttpServer.StartAsync(Ct);
        _cdn.Map("/rose.png", c => FakeHttpServer.WriteAsync(c, "image/png", TestImages.Png));
        _app = await RunningApp.StartAsync(QuietUpstream.Settings(new() { ["GiftImages:LoopbackOnly"] = "true" }),
            RemoteAddressOverride.Register, cancellationToken: Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _cdn.DisposeAsync();
    }

    [Fact]
    public async Task A_cached_picture_is_served_to_another_pc_as_an_image_that_can_never_be_a_document()
    {
        var path = _app.Get<GiftImageCache>().LocalUrl(_cdn.Url("/rose.png"))!;

        using var response = await GetFromLanAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestImages.Png, await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("cache", response.Headers.GetValues(GiftImageEndpoint.SourceHeader).Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(ContentSecurityPolicy.ForMedia, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(1, _cdn.Hits("/rose.png"));
    }

    [Fact]
    public async Task A_key_the_app_never_made_gets_the_placeholder_and_no_request_leaves_the_app()
    {
        using var response = await GetFromLanAsync("/gift-images/" + new string('a', 64));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(GiftImageCache.Placeholder, await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("placeholder", response.Headers.GetValues(GiftImageEndpoint.SourceHeader).Single());
        Assert.Contains("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Empty(_cdn.Requests);
    }

    [Theory]
    [InlineData("/gift-images/ABCDEF")]
    [InlineData("/gift-images/..%2Foverlay.db")]
    public async Task Anything_but_a_key_is_not_found(string path)
    {
        using var response = await GetFromLanAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void The_folder_is_beside_the_settings_file()
    {
        Assert.Equal(Path.Combine(_app.ContentRoot, GiftImageOptions.FolderName), _app.Get<GiftImageCache>().Folder);
    }

    private async Task<HttpResponseMessage> GetFromLanAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = _app.BaseUri };
        using var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
        request.Headers.Add(RemoteAddressOverride.Header, Lan);
        return await http.SendAsync(request, Ct);
    }
}
