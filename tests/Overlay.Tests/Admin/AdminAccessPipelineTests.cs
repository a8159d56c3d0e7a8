using System.Net;
using Overlay.Tests.Infrastructure;

namespace Overlay.Tests.Admin;

/// <summary>The access rules through the real app: Kestrel, routing, static assets, Razor components.</summary>
public sealed class AdminAccessPipelineTests
{
    private const string Lan = "192.168.1.50";

    [Theory]
    [InlineData("admin")]
    [InlineData("")]
    public async Task Remote_client_gets_403_for_the_admin(string path)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(configure: RemoteAddressOverride.Register, cancellationToken: ct);
        using var http = Client(app);

        using var response = await http.SendAsync(Remote(HttpMethod.Get, path), ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Admin:Password", await response.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Remote_client_may_open_a_circuit_for_a_widget_page()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(configure: RemoteAddressOverride.Register, cancellationToken: ct);
        using var http = Client(app);

        using var response = await http.SendAsync(Remote(HttpMethod.Post, "_blazor/negotiate?negotiateVersion=1"), ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Remote_client_can_load_a_widget_page_and_its_script()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(configure: RemoteAddressOverride.Register, cancellationToken: ct);
        using var http = Client(app);

        using var page = await http.SendAsync(Remote(HttpMethod.Get, "widgets/chat-ticker"), ct);
        using var script = await http.SendAsync(Remote(HttpMethod.Get, "_framework/blazor.web.js"), ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task Local_client_gets_the_admin_page()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(cancellationToken: ct);
        using var http = Client(app);

        using var response = await http.GetAsync("admin", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Connection", await response.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Root_redirects_to_the_admin()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(cancellationToken: ct);
        using var http = Client(app);

        using var response = await http.GetAsync("", ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Remote_client_with_the_password_signs_in_and_gets_the_admin()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(
            new Dictionary<string, string?> { ["Admin:Password"] = "correct horse" }, RemoteAddressOverride.Register, cancellationToken: ct);
        using var http = Client(app);

        using var before = await http.SendAsync(Remote(HttpMethod.Get, "admin"), ct);
        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        var form = await http.SendAsync(Remote(HttpMethod.Get, before.Headers.Location!.OriginalString.TrimStart('/')), ct);
        var token = AntiforgeryField(await form.Content.ReadAsStringAsync(ct));
        using var login = await http.SendAsync(Remote(HttpMethod.Post, "admin/login", new FormUrlEncodedContent(
        [
            new(token.Name, token.Value), new("password", "correct horse"), new("returnUrl", "/admin"),
        ])), ct);
        using var after = await http.SendAsync(Remote(HttpMethod.Get, "admin"), ct);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Remote_client_with_a_wrong_password_stays_signed_out()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(
            new Dictionary<string, string?> { ["Admin:Password"] = "correct horse" }, RemoteAddressOverride.Register, cancellationToken: ct);
        using var http = Client(app);
        var form = await http.SendAsync(Remote(HttpMethod.Get, "admin/login"), ct);
        var token = AntiforgeryField(await form.Content.ReadAsStringAsync(ct));

        using var login = await http.SendAsync(Remote(HttpMethod.Post, "admin/login", new FormUrlEncodedContent(
        [
            new(token.Name, token.Value), new("password", "wrong"), new("returnUrl", "/admin"),
        ])), ct);
        using var after = await http.SendAsync(Remote(HttpMethod.Get, "admin"), ct);

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    private static HttpClient Client(RunningApp app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = app.BaseUri };

    private static HttpRequestMessage Remote(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(RemoteAddressOverride.Header, Lan);
        return request;
    }

    private static (string Name, string Value) AntiforgeryField(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"(__RequestVerificationToken[^\"]*)\" value=\"([^\"]+)\"");
        Assert.True(match.Success, "no antiforgery field in the login form");
        return (match.Groups[1].Value, System.Net.WebUtility.HtmlDecode(match.Groups[2].Value));
    }
}
