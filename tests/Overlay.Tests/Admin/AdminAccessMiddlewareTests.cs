using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Overlay.Web.Admin;
using Overlay.Web.Security;

namespace Overlay.Tests.Admin;

public sealed class AdminAccessMiddlewareTests
{
    private static readonly IPAddress Lan = IPAddress.Parse("192.168.1.50");

    [Theory]
    [InlineData("/admin")]
    [InlineData("/")]
    [InlineData("/healthz")]
    public async Task Remote_request_for_the_admin_is_refused_when_no_password_is_set(string path)
    {
        var (context, reachedNext) = await RunAsync(path, Lan, password: "");

        Assert.False(reachedNext);
        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("/widgets/chat-ticker")]
    [InlineData("/widgets/gift-alert")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/_content/Overlay.Widgets/Overlay.Widgets.bundle.scp.css")]
    [InlineData("/Overlay.Web.styles.css")]
    [InlineData("/sounds/ding.mp3")]
    [InlineData("/_blazor")]
    [InlineData("/_blazor/negotiate")]
    public async Task Remote_request_for_a_widget_or_static_asset_is_served(string path)
    {
        var (_, reachedNext) = await RunAsync(path, Lan, password: "");

        Assert.True(reachedNext);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.10.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Loopback_request_for_the_admin_is_served(string address)
    {
        var (_, reachedNext) = await RunAsync("/admin", IPAddress.Parse(address), password: "");

        Assert.True(reachedNext);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("Forwarded", "for=203.0.113.9")]
    [InlineData("X-Real-IP", "203.0.113.9")]
    [InlineData("CF-Connecting-IP", "203.0.113.9")]
    [InlineData("Via", "1.1 tunnel")]
    public async Task Loopback_request_carrying_a_proxy_header_is_not_this_computer(string header, string value)
    {
        var (context, reachedNext) = await RunAsync("/admin", IPAddress.Loopback, password: "", headers: new() { [header] = value });

        Assert.False(reachedNext);
        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.False(AdminAuth.MayUseAdmin(context.User, password: ""));
    }

    [Fact]
    public async Task Request_without_a_peer_address_is_treated_as_remote()
    {
        var (context, reachedNext) = await RunAsync("/admin", remote: null, password: "");

        Assert.False(reachedNext);
        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
    }

    [Fact]
    public async Task Remote_browser_without_a_cookie_is_sent_to_login_when_a_password_is_set()
    {
        var (context, reachedNext) = await RunAsync("/admin", Lan, password: "hunter2");

        Assert.False(reachedNext);
        Assert.Equal(StatusCodes.Status302Found, context.Response.StatusCode);
        Assert.StartsWith("/admin/login?returnUrl=%2Fadmin", context.Response.Headers.Location.ToString());
    }

    [Theory]
    [InlineData("192.168.1.50", false)]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    public async Task Every_request_carries_its_peer_so_a_circuit_can_check_it(string address, bool mayUseAdmin)
    {
        var (context, _) = await RunAsync("/_blazor", IPAddress.Parse(address), password: "", method: "POST");

        Assert.Equal(mayUseAdmin, AdminAuth.MayUseAdmin(context.User, password: ""));
    }

    [Fact]
    public void Remote_circuit_may_use_the_admin_only_signed_in_with_the_current_password()
    {
        var signedIn = AdminAuth.Principal("hunter2");
        signedIn.AddIdentity(AdminAuth.PeerIdentity(new RequestPeer(Lan, IsThisComputer: false)));
        var anonymous = new ClaimsPrincipal(AdminAuth.PeerIdentity(new RequestPeer(Lan, IsThisComputer: false)));

        Assert.True(AdminAuth.MayUseAdmin(signedIn, "hunter2"));
        Assert.False(AdminAuth.MayUseAdmin(signedIn, "new-password"));
        Assert.False(AdminAuth.MayUseAdmin(signedIn, ""));
        Assert.False(AdminAuth.MayUseAdmin(anonymous, "hunter2"));
    }

    [Fact]
    public void Peer_claim_in_any_other_identity_does_not_count()
    {
        var forged = new ClaimsPrincipal(new ClaimsIdentity([new Claim("overlay:peer", "127.0.0.1"), new Claim("overlay:local", "1")], "Cookies"));

        Assert.False(AdminAuth.MayUseAdmin(forged, ""));
    }

    [Fact]
    public async Task Remote_login_form_is_reachable_when_a_password_is_set()
    {
        var (_, reachedNext) = await RunAsync("/admin/login", Lan, password: "hunter2");

        Assert.True(reachedNext);
    }

    [Fact]
    public async Task Remote_request_signed_in_with_the_current_password_is_served()
    {
        var (_, reachedNext) = await RunAsync("/admin", Lan, password: "hunter2", user: AdminAuth.Principal("hunter2"));

        Assert.True(reachedNext);
    }

    [Fact]
    public async Task Cookie_issued_for_an_old_password_no_longer_works()
    {
        var (context, reachedNext) = await RunAsync("/admin/settings", Lan, password: "new-password", user: AdminAuth.Principal("old-password"), method: "POST");

        Assert.False(reachedNext);
        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
    }

    private static async Task<(HttpContext Context, bool ReachedNext)> RunAsync(
        string path, IPAddress? remote, string password, ClaimsPrincipal? user = null, string method = "GET",
        Dictionary<string, string>? headers = null)
    {
        var context = new DefaultHttpContext();
        foreach (var (name, value) in headers ?? [])
        {
            context.Request.Headers[name] = value;
        }
        context.Request.Method = method;
        context.Request.Path = path;
        context.Connection.RemoteIpAddress = remote;
        context.Response.Body = new MemoryStream();
        if (user is not null)
        {
            context.User = user;
        }
        var reached = false;
        var middleware = new AdminAccessMiddleware(
            _ =>
            {
                reached = true;
                return Task.CompletedTask;
            },
            new StaticOptionsMonitor(new AdminOptions { Password = password }));

        await middleware.InvokeAsync(context);

        return (context, reached);
    }

    private sealed class StaticOptionsMonitor(AdminOptions value) : IOptionsMonitor<AdminOptions>
    {
        public AdminOptions CurrentValue => value;

        public AdminOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<AdminOptions, string?> listener) => null;
    }
}
