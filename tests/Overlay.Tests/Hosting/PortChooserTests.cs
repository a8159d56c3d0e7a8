using System.Net;
using System.Net.Sockets;
using Overlay.Web.Hosting;

namespace Overlay.Tests.Hosting;

public sealed class PortChooserTests
{
    [Fact]
    public void A_free_port_is_kept_as_configured()
    {
        var choice = PortChooser.Choose("http://localhost:5080", (_, _) => true);

        Assert.Equal(new PortChoice("http://localhost:5080", null, null), choice);
    }

    [Fact]
    public void A_taken_port_moves_to_the_next_port_free_on_every_address_with_one_notice()
    {
        var taken = new HashSet<(IPAddress, int)> { (IPAddress.Loopback, 5080), (IPAddress.IPv6Loopback, 5081) };

        var choice = PortChooser.Choose("http://localhost:5080", (a, p) => !taken.Contains((a, p)));

        Assert.Equal("http://localhost:5082", choice.Urls);
        Assert.Null(choice.Problem);
        Assert.Contains("Port 5080 is in use", choice.Notice);
        Assert.Contains("port 5082", choice.Notice);
    }

    [Fact]
    public void Every_url_moves_together_and_keeps_its_host_and_path()
    {
        var choice = PortChooser.Choose("http://0.0.0.0:7000;http://[::]:7000", (_, p) => p != 7000);

        Assert.Equal("http://0.0.0.0:7001;http://[::]:7001", choice.Urls);
    }

    [Fact]
    public void When_no_port_in_the_range_is_free_it_says_what_to_do_instead_of_moving()
    {
        var choice = PortChooser.Choose("http://127.0.0.1:5080", (_, _) => false);

        Assert.Equal("http://127.0.0.1:5080", choice.Urls);
        Assert.Null(choice.Notice);
        Assert.Contains("5080 to 5089 are all in use", choice.Problem);
        Assert.Contains("--urls", choice.Problem);
    }

    [Theory]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("http://localhost:5080;http://localhost:5090")]
    [InlineData("http://my-pc.local:5080")]
    [InlineData("not a url")]
    public void Setups_it_cannot_judge_are_left_to_kestrel(string urls)
    {
        var choice = PortChooser.Choose(urls, (_, _) => false);

        Assert.Equal(new PortChoice(urls, null, null), choice);
    }

    [Fact]
    public void IsFree_sees_a_real_listener_on_loopback()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        Assert.False(PortChooser.IsFree(IPAddress.Loopback, port));
        listener.Stop();
        Assert.True(PortChooser.IsFree(IPAddress.Loopback, port));
    }
}
