using Overlay.Tests.Infrastructure;
using Admin = Overlay.Tests.Admin;
using Overlay.Web.Rules;
using Overlay.Web.Rules.Admin;
using Overlay.Web.Rules.Model;

namespace Overlay.Tests.Rules.EndToEnd;

/// <summary>The export download: behind the admin's access check, a rules file with no secrets, and /healthz counting rules.</summary>
public sealed class RulesExportEndpointTests
{
    [Fact]
    public async Task The_export_download_is_a_rules_file_without_the_webhook_secret()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        app.Get<RuleBook>().Save(new Rule
        {
            Name = "Hook",
            Actions = [new RuleAction { Kind = ActionKind.Webhook, Url = "https://example.com/h", Secret = "planted-webhook-secret" }],
        });
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        using var response = await http.GetAsync(RulesExportEndpoint.Path.TrimStart('/'), ct);
        var body = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal("Hook", Assert.Single(RuleBook.Parse(body).Rules).Name);
        Assert.DoesNotContain("planted-webhook-secret", body);
    }

    [Fact]
    public async Task From_another_device_the_export_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), Admin.RemoteAddressOverride.Register, cancellationToken: ct);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUri };
        http.DefaultRequestHeaders.Add(Admin.RemoteAddressOverride.Header, "192.168.1.50");

        using var response = await http.GetAsync(RulesExportEndpoint.Path.TrimStart('/'), ct);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_reports_the_rule_counters()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        using var http = new HttpClient { BaseAddress = app.BaseUri };

        var json = await http.GetStringAsync("healthz", ct);

        Assert.Contains("\"rules\":{\"fired\":0,\"actions\":0,\"failed\":0,\"rateLimited\":0,\"overBudget\":0,\"queueFull\":0}", json);
    }
}
