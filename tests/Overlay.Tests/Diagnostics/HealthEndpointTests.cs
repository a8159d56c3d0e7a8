using System.Text.Json;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Diagnostics;

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
        app.Get<OverlayMetrics>().CountDropped(DropReason.NotJson);
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        var body = await http.GetStringAsync("healthz", ct);

        using var json = JsonDocument.Parse(body);
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("dropped").GetProperty("NotJson").GetInt64());
        Assert.True(json.RootElement.TryGetProperty("upstream", out _));
        Assert.DoesNotContain(plantedKey, body);
    }
}
