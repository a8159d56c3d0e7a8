using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Tests.Security;
using Overlay.Web.Admin;
using Overlay.Web.Gifts;

namespace Overlay.Tests.Gifts;

/// <summary>
/// The provider's gift list (protocol.md §10 "Gift list (REST)") imported by the real app from a fake REST server
/// on 127.0.0.1. Every failure leaves the learned catalogue and says why; the key never reaches a log line or status.
/// </summary>
public sealed class GiftListImporterTests : IAsyncLifetime
{
    private const string Key = "tk_giftlist_secret_key_123";
    private const string ListPath = "/webcast/gift_info";

    private const string TwoGifts = """
        {"status_code":0,"data":{"room_id":"7","gifts":[
          {"id":5655,"name":"Rose","diamond_count":1,"icon":"https://p16-webcast.tiktokcdn.com/img/rose.png","type":1},
          {"id":"6369","name":"Lion","diamond_count":"29999","icon":{"url_list":["javascript:alert(1)","https://p16-webcast.tiktokcdn.com/img/lion.png"]},"type":2},
          {"id":1,"name":""},
          "junk"
        ]}}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private FakeHttpServer _api = null!;
    private readonly LogCapture _logs = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero));

    public async ValueTask InitializeAsync() => _api = await FakeHttpServer.StartAsync(Ct);

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_list_is_fetched_at_start_with_the_username_and_key_and_merged_into_the_catalogue()
    {
        Answer(200, TwoGifts);
        await using var app = await StartAsync();

        var status = await FirstImportAsync(app);

        Assert.Equal(GiftImportState.Imported, status.State);
        Assert.Equal("Imported 2 gifts from the provider's list.", status.Message);
        Assert.Equal($"{ListPath}?unique_id=streamer&apiKey={Key}", Assert.Single(_api.Requests));
        var catalog = app.Get<GiftCatalog>();
        Assert.Equal(["Lion", "Rose"], catalog.All.Select(g => g.Name));
        Assert.Equal((29_999, "https://p16-webcast.tiktokcdn.com/img/lion.png"), (catalog.Find("6369")!.Diamonds, catalog.Find("6369")!.PictureUrl));
    }

    [Fact]
    public async Task Imported_fields_fill_in_a_learned_gift_and_its_last_seen_is_kept()
    {
        Answer(200, TwoGifts);
        await using var app = await StartAsync();
        await FirstImportAsync(app);
        var catalog = app.Get<GiftCatalog>();
        var learned = catalog.Find("5655")!;
        _time.Advance(TimeSpan.FromHours(1));
        using var waiter = new GiftImportWaiter(app.Get<GiftListImporter>());
        Answer(200, """{"status_code":0,"data":{"gifts":[{"id":5655,"name":"Rose","diamond_count":2}]}}""");

        app.Get<GiftListImporter>().Refresh();
        await waiter.NextAsync(Ct);

        var merged = catalog.Find("5655")!;
        Assert.Equal((2, learned.PictureUrl, learned.LastSeen), (merged.Diamonds, merged.PictureUrl, merged.LastSeen));
    }

    [Theory]
    [InlineData(401, "{}", "the provider refused the API key (401)")]
    [InlineData(403, "{}", "your plan does not include the gift list (403)")]
    [InlineData(429, "{}", "the provider is limiting requests (429)")]
    [InlineData(200, """{"status_code":5,"message":"Gift list needs the Pro plan (key tk_giftlist_secret_key_123)"}""", "the provider declined (status_code 5: Gift list needs the Pro plan (key tk_***))")]
    [InlineData(200, "{\"status_code\":0,\"data\":{\"gifts\":[", "the answer was not a gift list")]
    [InlineData(200, "<html>Bad gateway</html>", "the answer was not a gift list")]
    [InlineData(500, "apiKey=tk_giftlist_secret_key_123", "the provider answered 500")]
    public async Task A_failure_keeps_the_learned_gifts_and_says_why_without_the_key(int status, string body, string expected)
    {
        Answer(status, body);
        await using var app = await StartAsync();
        app.Get<GiftCatalog>().Import([new("1", "Learned", 5, null)]);

        var result = await FirstImportAsync(app);

        Assert.Equal(GiftImportState.Failed, result.State);
        Assert.Contains(expected, result.Message);
        Assert.EndsWith("Learned gifts are kept.", result.Message);
        Assert.Equal(["Learned"], app.Get<GiftCatalog>().All.Select(g => g.Name));
        AssertNoKeyIn(result.Message);
        Assert.Contains(_logs.Messages("GiftListImporter"), m => m.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slow_provider_times_out_on_the_clock()
    {
        _api.Map(ListPath, c => _api.StallAsync(c, "application/json"));
        await using var app = await StartAsync(new() { ["GiftList:TimeoutSeconds"] = "15" });
        using var waiter = new GiftImportWaiter(app.Get<GiftListImporter>());

        await _api.ArrivedAsync(ListPath, Ct);
        _time.Advance(TimeSpan.FromSeconds(15));
        var result = await waiter.NextAsync(Ct);

        Assert.Equal(GiftImportState.Failed, result.State);
        Assert.Contains("no answer within 15 s", result.Message);
    }

    [Fact]
    public async Task A_huge_answer_is_refused_at_the_cap()
    {
        var huge = "{\"status_code\":0,\"data\":{\"gifts\":[" + string.Join(",", Enumerable.Repeat("""{"id":1,"name":"Rose","diamond_count":1}""", 40_000)) + "]}}";
        Answer(200, huge);
        await using var app = await StartAsync(new() { ["GiftList:MaxBodyKilobytes"] = "256" });

        var result = await FirstImportAsync(app);

        Assert.Contains("the answer was larger than 256 KB", result.Message);
        Assert.Empty(app.Get<GiftCatalog>().All);
    }

    [Fact]
    public async Task A_new_key_fetches_the_list_again_with_that_key()
    {
        Answer(200, TwoGifts);
        await using var app = await StartAsync();
        await FirstImportAsync(app);
        using var waiter = new GiftImportWaiter(app.Get<GiftListImporter>());

        app.Get<IConnectionSettingsSource>().Save(new ConnectionSettingsEdit { UniqueId = "@other", NewApiKey = "tk_second_key_456789" });
        await waiter.NextAsync(Ct);

        Assert.Equal($"{ListPath}?unique_id=other&apiKey=tk_second_key_456789", _api.Requests[^1]);
    }

    [Fact]
    public async Task Without_an_api_key_nothing_is_asked_and_the_status_says_so()
    {
        Answer(200, TwoGifts);
        await using var app = await StartAsync(new() { ["Upstream:ApiKey"] = "", ["Upstream:JwtKey"] = "eyJhbGciOiJIUzI1NiJ9.e30.x" });

        using var waiter = new GiftImportWaiter(app.Get<GiftListImporter>());
        var result = await waiter.UntilAsync(s => s.Message.Contains("needs an API key", StringComparison.Ordinal), Ct);

        Assert.Equal(GiftImportState.Off, result.State);
        Assert.Contains("needs an API key", result.Message);
        Assert.Empty(_api.Requests);
    }

    private void Answer(int status, string body) =>
        _api.Map(ListPath, c => FakeHttpServer.WriteAsync(c, "application/json", Encoding.UTF8.GetBytes(body), status));

    private async Task<RunningApp> StartAsync(Dictionary<string, string?>? extra = null)
    {
        var settings = QuietUpstream.Settings(new()
        {
            ["Upstream:ApiKey"] = Key,
            ["GiftList:BaseUrl"] = _api.BaseUri.ToString(),
        });
        foreach (var (k, v) in extra ?? [])
        {
            settings[k] = v;
        }
        return await RunningApp.StartAsync(settings, builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(_time);
            _logs.Register(builder);
        }, cancellationToken: Ct);
    }

    private static async Task<GiftImportStatus> FirstImportAsync(RunningApp app)
    {
        using var waiter = new GiftImportWaiter(app.Get<GiftListImporter>());
        return await waiter.FirstAsync(Ct);
    }

    private void AssertNoKeyIn(string status)
    {
        Assert.DoesNotContain(Key, status);
        Assert.DoesNotContain(_logs.All, m => m.Contains(Key, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.All, m => m.Contains(Uri.EscapeDataString(Key), StringComparison.Ordinal));
    }
}
