using System.Text.Json;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;
using Overlay.Web.Pipeline;
using static Overlay.Tests.Infrastructure.EventTestData;

namespace Overlay.Tests.Diagnostics;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_reports_counts_and_never_the_api_key()
    {
        const string plantedKey = "tk_planted_health_secret_42";
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(new Dictionary<string, string?>
        {
            ["Upstream:Url"] = "ws://127.0.0.1:9/",
            ["Upstream:UniqueId"] = "streamer",
            ["Upstream:ApiKey"] = plantedKey,
        }, cancellationToken: ct);
        var metrics = app.Get<OverlayMetrics>();
        metrics.CountDropped(DropReason.NotJson);
        metrics.CountWidgetChange();
        metrics.CountWidgetChange();
        metrics.CountWidgetRender();
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        var body = await http.GetStringAsync("healthz", ct);

        using var json = JsonDocument.Parse(body);
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("dropped").GetProperty("NotJson").GetInt64());
        Assert.True(json.RootElement.TryGetProperty("upstream", out _));
        Assert.Equal(2, json.RootElement.GetProperty("widgetChanges").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("widgetRenders").GetInt64());
        Assert.DoesNotContain(plantedKey, body);
    }

    [Fact]
    public async Task Healthz_reports_the_sizes_of_the_collections_that_grow_with_a_stream()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(new Dictionary<string, string?>
        {
            ["Upstream:Url"] = "ws://127.0.0.1:9/",
            ["Upstream:UniqueId"] = "streamer",
            ["Upstream:ApiKey"] = "tk_test",
        }, cancellationToken: ct);
        var combos = app.Get<GiftComboTracker>();
        combos.OnGift(Rose("ana", 1));
        combos.OnGift(Rose("bob", 3, end: true));
        app.Get<EventRules>().OnEvent(Chat("cid", "hello") with { DedupeId = "m-1" }, DateTimeOffset.UtcNow);
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        using var json = JsonDocument.Parse(await http.GetStringAsync("healthz", ct));

        var sizes = json.RootElement.GetProperty("collections");
        Assert.Equal(1, sizes.GetProperty("openCombos").GetInt64());
        Assert.Equal(1, sizes.GetProperty("finishedCombos").GetInt64());
        Assert.Equal(1, sizes.GetProperty("seenIds").GetInt64());
        Assert.Equal(0, sizes.GetProperty("recentKeys").GetInt64());
        Assert.Equal(0, sizes.GetProperty("deletedChats").GetInt64());
        // bob's finished combo is on the stream and the all-time diamonds boards.
        Assert.Equal(2, sizes.GetProperty("leaderboardViewers").GetInt64());
        Assert.True(sizes.TryGetProperty("biggestGifts", out _));
    }
}
