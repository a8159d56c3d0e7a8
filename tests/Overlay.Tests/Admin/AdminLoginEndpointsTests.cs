using Overlay.Web.Admin;

namespace Overlay.Tests.Admin;

public sealed class AdminLoginEndpointsTests
{
    [Theory]
    [InlineData("/admin", "/admin")]
    [InlineData("/admin?tab=2", "/admin?tab=2")]
    [InlineData("//evil.example/", "/admin")]
    [InlineData("/\\evil.example", "/admin")]
    [InlineData("https://evil.example/", "/admin")]
    [InlineData("", "/admin")]
    [InlineData(null, "/admin")]
    public void Return_url_stays_on_this_site(string? returnUrl, string expected)
    {
        Assert.Equal(expected, AdminLoginEndpoints.SafeReturnUrl(returnUrl));
    }
}
