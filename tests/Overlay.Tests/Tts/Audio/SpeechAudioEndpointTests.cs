using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Overlay.Tests.Admin;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Web.Tts.Audio;

namespace Overlay.Tests.Tts.Audio;

/// <summary>The clips as OBS fetches them, possibly from another PC: public, audio/wav, sandboxed, only the cache's own files.</summary>
public sealed class SpeechAudioEndpointTests
{
    private const string Lan = "192.168.1.77";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(RunningApp App, string Id)> StartWithClipAsync()
    {
        var app = await RunningApp.StartAsync(QuietUpstream.Settings(), RemoteAddressOverride.Register, cancellationToken: Ct);
        var cache = app.Get<SpeechCache>();
        var id = SpeechCache.IdFor("test", null, 100, "hello");
        var temp = cache.TempPath(id);
        await File.WriteAllBytesAsync(temp, TestWav.Tone(1), Ct);
        Assert.NotNull(cache.Commit(id, temp));
        return (app, id);
    }

    private static HttpRequestMessage FromLan(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(RemoteAddressOverride.Header, Lan);
        return request;
    }

    [Fact]
    public async Task A_clip_is_served_to_another_pc_as_sandboxed_audio_wav_with_ranges()
    {
        var (app, id) = await StartWithClipAsync();
        await using var _ = app;
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        using var response = await http.SendAsync(FromLan(SpeechAudioEndpoint.UrlFor(id)), Ct);
        using var range = FromLan(SpeechAudioEndpoint.UrlFor(id));
        range.Headers.Range = new RangeHeaderValue(0, 11);
        using var partial = await http.SendAsync(range, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestWav.Tone(1), await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("sandbox", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal("RIFF"u8.ToArray(), (await partial.Content.ReadAsByteArrayAsync(Ct))[..4]);
    }

    [Theory]
    [InlineData("/tts/0123456789abcdef0123456789abcdef.wav")]
    [InlineData("/tts/..%2F..%2Foverlay.db.wav")]
    [InlineData("/tts/../overlay.db")]
    [InlineData("/tts/%2e%2e%2foverlay.wav")]
    [InlineData("/tts/overlay.db")]
    public async Task Anything_the_cache_did_not_make_is_404(string path)
    {
        var (app, _) = await StartWithClipAsync();
        await using var __ = app;
        await File.WriteAllBytesAsync(Path.Combine(app.ContentRoot, "tts-cache", "0123456789abcdef0123456789abcdef.wav"), TestWav.Tone(1), Ct);
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        using var response = await http.SendAsync(FromLan(path), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void The_clip_path_is_public_and_the_admin_page_is_not()
    {
        Assert.True(AdminAccessPolicy.IsPublic("/tts/0123456789abcdef0123456789abcdef.wav"));
        Assert.False(AdminAccessPolicy.IsPublic("/admin/tts"));
    }

    [Fact]
    public async Task Healthz_says_whether_an_engine_was_found_and_counts_failures()
    {
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: Ct);
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        using var json = JsonDocument.Parse(await http.GetStringAsync("healthz", Ct));

        var tts = json.RootElement.GetProperty("tts");
        if (Espeak.Installed)
        {
            Assert.Equal("espeak-ng", tts.GetProperty("engine").GetString());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, tts.GetProperty("engine").ValueKind);
        }
        Assert.Equal(0, tts.GetProperty("failed").GetInt64());
    }
}
