using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Overlay.Tests.Admin;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;

namespace Overlay.Tests.Security;

/// <summary>Sign-in from other devices over real sockets: throttled per device, sign-out needs its token, HTTPS cookies are Secure.</summary>
public sealed partial class LoginSecurityTests
{
    private const string Password = "correct horse";

    [Fact]
    public async Task A_device_that_guesses_locks_out_only_itself()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await StartAsync(ct);
        using var guesser = Device(app, "192.168.1.66");
        using var tablet = Device(app, "192.168.1.67");

        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            Assert.Contains("Wrong password", await SignInAsync(guesser, "guess" + i, ct));
        }
        var lockedOut = await SignInAsync(guesser, Password, ct);
        var tabletResult = await SignInAsync(tablet, Password, ct);

        Assert.Contains("Too many wrong passwords from this device", lockedOut);
        Assert.Equal("signed in", tabletResult);
    }

    [Fact]
    public async Task Sign_out_without_its_token_is_refused_and_with_it_signs_out()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await StartAsync(ct);
        using var device = Device(app, "192.168.1.68");
        Assert.Equal("signed in", await SignInAsync(device, Password, ct));

        using var forged = await device.PostAsync("admin/logout", new FormUrlEncodedContent([]), ct);
        using var stillIn = await device.GetAsync("admin", ct);
        var form = await device.GetStringAsync("admin/logout", ct);
        using var signOut = await device.PostAsync("admin/logout", new FormUrlEncodedContent([TokenField(form)]), ct);
        using var afterwards = await device.GetAsync("admin", ct);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/admin/login", afterwards.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Over_https_the_sign_in_and_antiforgery_cookies_are_secure()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = TestContentRoot.Create();
        var certificate = Path.Combine(root, "overlay.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var certificateRequest = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var cert = certificateRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            await File.WriteAllBytesAsync(certificate, cert.Export(X509ContentType.Pfx, "pfx-pass"), ct);
        }
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(new()
        {
            ["Admin:Password"] = Password,
            ["Kestrel:Endpoints:Https:Url"] = "https://127.0.0.1:0",
            ["Kestrel:Endpoints:Https:Certificate:Path"] = certificate,
            ["Kestrel:Endpoints:Https:Certificate:Password"] = "pfx-pass",
        }), RemoteAddressOverride.Register, contentRoot: root, cancellationToken: ct);
        Assert.Equal("https", app.BaseUri.Scheme);
        using var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        };
        using var http = new HttpClient(handler) { BaseAddress = app.BaseUri };
        http.DefaultRequestHeaders.Add(RemoteAddressOverride.Header, "192.168.1.69");

        using var form = await http.GetAsync("admin/login", ct);
        var antiforgeryCookie = form.Headers.GetValues("Set-Cookie").Single();
        using var request = new HttpRequestMessage(HttpMethod.Post, "admin/login")
        {
            Content = new FormUrlEncodedContent([TokenField(await form.Content.ReadAsStringAsync(ct)), new("password", Password)]),
        };
        request.Headers.Add("Cookie", antiforgeryCookie.Split(';')[0]);
        using var signIn = await http.SendAsync(request, ct);
        var authCookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AdminAuth.CookieName, StringComparison.Ordinal));

        Assert.Contains("secure", antiforgeryCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("secure", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", authCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Over_plain_http_the_cookie_is_not_marked_secure_so_the_lan_login_still_works()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await StartAsync(ct);
        using var device = Device(app, "192.168.1.70");

        Assert.Equal("signed in", await SignInAsync(device, Password, ct));
    }

    private static Task<RunningApp> StartAsync(CancellationToken ct) =>
        RunningApp.StartAsync(QuietUpstream.Settings(new() { ["Admin:Password"] = Password }), RemoteAddressOverride.Register, cancellationToken: ct);

    /// <summary>A browser-like client on another device: keeps cookies, does not follow redirects.</summary>
    private static HttpClient Device(RunningApp app, string address)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = app.BaseUri,
        };
        http.DefaultRequestHeaders.Add(RemoteAddressOverride.Header, address);
        return http;
    }

    /// <summary>"signed in" on success, else the form's error message.</summary>
    private static async Task<string> SignInAsync(HttpClient device, string password, CancellationToken ct)
    {
        var form = await device.GetStringAsync("admin/login", ct);
        using var response = await device.PostAsync("admin/login",
            new FormUrlEncodedContent([TokenField(form), new("password", password), new("returnUrl", "/admin")]), ct);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return "signed in";
        }
        var body = await response.Content.ReadAsStringAsync(ct);
        return ErrorText().Match(body) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : body;
    }

    private static KeyValuePair<string, string> TokenField(string html)
    {
        var match = TokenInput().Match(html);
        Assert.True(match.Success, "The form carries no antiforgery token.");
        return new(WebUtility.HtmlDecode(match.Groups[1].Value), WebUtility.HtmlDecode(match.Groups[2].Value));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")]
    private static partial Regex TokenInput();

    [GeneratedRegex("<p class=\"error\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex ErrorText();
}
