using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;

namespace Overlay.Tests.Admin;

public sealed class AdminSecretLeakTests
{
    private const string PlantedKey = "tk_planted_secret_123";
    private const string PlantedJwt = "eyJplanted.jwt.secret456";

    [Fact]
    public async Task Admin_responses_and_logs_never_contain_the_planted_key()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(
            QuietUpstream.Settings(new() { ["Upstream:ApiKey"] = PlantedKey, ["Upstream:JwtKey"] = PlantedJwt }),
            builder =>
            {
                builder.Logging.SetMinimumLevel(LogLevel.Trace);
                builder.Logging.AddFakeLogging();
            },
            cancellationToken: ct);
        using var http = new HttpClient { BaseAddress = app.BaseUri };
        // The key is really in use: it reached the options the upstream client reads.
        Assert.Equal(PlantedKey, app.Get<IConnectionSettingsSource>().Current.ApiKey);

        var admin = await http.GetStringAsync("admin", ct);
        var root = await http.GetStringAsync("", ct);
        var health = await http.GetStringAsync("healthz", ct);

        Assert.Contains("ends in …_123", System.Net.WebUtility.HtmlDecode(admin));
        foreach (var body in new[] { admin, root, health })
        {
            var decoded = System.Net.WebUtility.HtmlDecode(body);
            Assert.DoesNotContain(PlantedKey, decoded);
            Assert.DoesNotContain(PlantedJwt, decoded);
        }
        var logs = app.Services.GetFakeLogCollector().GetSnapshot();
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, r => r.Message.Contains("planted", StringComparison.Ordinal)
            || (r.Exception?.ToString().Contains("planted", StringComparison.Ordinal) ?? false));
    }
}
