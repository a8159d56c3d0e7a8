using System.Net;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Obs.Setup;
using Overlay.Web.Security;
using Overlay.Web.Widgets;

namespace Overlay.Tests.Obs;

public sealed class ObsWidgetUrlsTests
{
    private static readonly WidgetEntry Alert = new(new WidgetInstance("gift-alert", WidgetKinds.GiftAlert, "Gift alert"), new object());

    private sealed record FixedMachine(IReadOnlyCollection<string> HostNames, IReadOnlyCollection<IPAddress> Addresses) : IMachineAddresses;

    private static readonly FixedMachine Machine = new(["streaming-pc"], [IPAddress.Parse("192.168.1.20")]);

    [Theory]
    [InlineData("http://127.0.0.1:5080", "127.0.0.1", "http://127.0.0.1:5080/widgets/gift-alert")]
    [InlineData("http://0.0.0.0:5080", "127.0.0.1", "http://localhost:5080/widgets/gift-alert")]
    [InlineData("http://0.0.0.0:5080", "streaming-pc", "http://localhost:5080/widgets/gift-alert")]
    [InlineData("http://0.0.0.0:5080", "192.168.1.30", "http://192.168.1.20:5080/widgets/gift-alert")]
    [InlineData("http://localhost:5080", "192.168.1.30", "http://localhost:5080/widgets/gift-alert")]
    public void OBS_gets_the_local_root_on_this_PC_and_the_LAN_address_on_another(string listening, string obsHost, string expected)
    {
        var urls = new ObsWidgetUrls(new ListeningOnlyServer(listening), Machine);

        Assert.Equal(expected, urls.For(Alert, obsHost));
    }

    [Theory]
    [InlineData("http://localhost:5080/widgets/gift-alert/", "http://127.0.0.1:5080/widgets/gift-alert")]
    [InlineData("http://127.0.0.1:5080/Widgets/Gift-Alert", "http://127.0.0.1:5080/widgets/gift-alert")]
    public void The_same_widget_typed_another_way_is_the_same_source(string typed, string ours)
    {
        Assert.Equal(ObsSourceFinder.Key(ours), ObsSourceFinder.Key(typed));
    }

    [Fact]
    public void Another_port_or_widget_is_another_source()
    {
        var key = ObsSourceFinder.Key("http://127.0.0.1:5080/widgets/gift-alert");

        Assert.NotEqual(key, ObsSourceFinder.Key("http://127.0.0.1:5081/widgets/gift-alert"));
        Assert.NotEqual(key, ObsSourceFinder.Key("http://127.0.0.1:5080/widgets/chat-ticker"));
    }
}
