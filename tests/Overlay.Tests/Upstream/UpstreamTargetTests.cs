using Overlay.Web.Upstream;

namespace Overlay.Tests.Upstream;

public sealed class UpstreamTargetTests
{
    [Theory]
    [InlineData("wss://api.tik.tools")]
    [InlineData("wss://api.tik.tools/")]
    public void Tik_tools_url_carries_the_username_without_at_and_the_encoded_key(string url)
    {
        var options = new UpstreamOptions { Url = url, UniqueId = " @streamer.name ", ApiKey = "tk_a+b/c" };

        var target = UpstreamTarget.ForTikTools(options, out _);

        Assert.Equal("wss://api.tik.tools/?uniqueId=streamer.name&apiKey=tk_a%2Bb%2Fc", target!.Uri.AbsoluteUri);
    }

    [Fact]
    public void Jwt_stands_in_when_there_is_no_api_key()
    {
        var options = new UpstreamOptions { UniqueId = "s", JwtKey = "eyJ.x.y" };

        var target = UpstreamTarget.ForTikTools(options, out _);

        Assert.Equal("?uniqueId=s&jwtKey=eyJ.x.y", target!.Uri.Query);
        Assert.Equal("Upstream:JwtKey", target.KeySetting);
    }

    [Fact]
    public void A_query_already_on_the_url_keeps_other_parameters_and_drops_room_id_and_old_credentials()
    {
        var options = new UpstreamOptions { Url = "wss://api.tik.tools/?roomId=1&apiKey=old&x=1", UniqueId = "s", ApiKey = "k" };

        var target = UpstreamTarget.ForTikTools(options, out _);

        Assert.Equal("?x=1&uniqueId=s&apiKey=k", target!.Uri.Query);
    }

    [Fact]
    public void An_empty_username_is_reported_with_the_setting_to_fix()
    {
        var target = UpstreamTarget.ForTikTools(new UpstreamOptions { UniqueId = "@", ApiKey = "k" }, out var problem);

        Assert.Null(target);
        Assert.Contains("Upstream:UniqueId", problem);
    }

    [Fact]
    public void Safe_description_has_no_query()
    {
        var target = UpstreamTarget.ForTikTools(new UpstreamOptions { UniqueId = "s", ApiKey = "tk_secret" }, out _);

        Assert.Equal("wss://api.tik.tools/", target!.SafeDescription);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5000", "ws://127.0.0.1:5000/demo/upstream?uniqueId=demo")]
    [InlineData("http://[::]:5000", "ws://127.0.0.1:5000/demo/upstream?uniqueId=demo")]
    [InlineData("http://+:5000", "ws://127.0.0.1:5000/demo/upstream?uniqueId=demo")]
    [InlineData("http://*:5000", "ws://127.0.0.1:5000/demo/upstream?uniqueId=demo")]
    [InlineData("http://localhost:5000", "ws://127.0.0.1:5000/demo/upstream?uniqueId=demo")]
    [InlineData("http://127.0.0.1:49152/", "ws://127.0.0.1:49152/demo/upstream?uniqueId=demo")]
    [InlineData("https://localhost:5001", "wss://127.0.0.1:5001/demo/upstream?uniqueId=demo")]
    public void Demo_url_is_the_apps_own_loopback_address(string address, string expected)
    {
        var target = UpstreamTarget.ForDemo([address], out _);

        Assert.Equal(expected, target!.Uri.AbsoluteUri);
        Assert.True(target.IsDemo);
    }

    [Fact]
    public void Demo_prefers_plain_http_when_both_are_bound()
    {
        var target = UpstreamTarget.ForDemo(["https://localhost:5001", "http://localhost:5000"], out _);

        Assert.Equal(5000, target!.Uri.Port);
    }
}
