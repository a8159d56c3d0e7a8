using Overlay.Web.Gifts;
using Overlay.Web.Upstream;

namespace Overlay.Tests.Gifts;

/// <summary>Where the gift list is asked for (protocol.md §10 "Gift list (REST)").</summary>
public sealed class GiftListClientTests
{
    [Theory]
    [InlineData("", "wss://api.tik.tools", "https://api.tik.tools/webcast/gift_info")]
    [InlineData("", "wss://api.tik.tools/?roomId=1", "https://api.tik.tools/webcast/gift_info")]
    [InlineData("", "ws://127.0.0.1:5123/", "http://127.0.0.1:5123/webcast/gift_info")]
    [InlineData("https://rest.example/v1/", "wss://api.tik.tools", "https://rest.example/v1/webcast/gift_info")]
    public void The_address_is_the_configured_base_or_the_upstreams_host(string baseUrl, string upstreamUrl, string expected)
    {
        var found = GiftListClient.BaseFor(new GiftListOptions { BaseUrl = baseUrl }, new UpstreamOptions { Url = upstreamUrl });

        var request = GiftListClient.RequestUri(found!, "me", "k");

        Assert.Equal(expected + "?unique_id=me&apiKey=k", request.ToString());
    }

    [Theory]
    [InlineData("ftp://rest.example/")]
    [InlineData("not a url")]
    public void A_base_that_is_not_http_is_refused(string baseUrl)
    {
        Assert.Null(GiftListClient.BaseFor(new GiftListOptions { BaseUrl = baseUrl }, new UpstreamOptions()));
    }

    [Fact]
    public void The_username_and_key_are_escaped()
    {
        var request = GiftListClient.RequestUri(new Uri("https://api.tik.tools"), "a&b", "tk_x=y&z");

        Assert.Equal("?unique_id=a%26b&apiKey=tk_x%3Dy%26z", request.Query);
    }
}
