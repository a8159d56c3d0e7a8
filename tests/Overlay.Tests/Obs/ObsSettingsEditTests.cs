using Overlay.Web.Obs.Settings;

namespace Overlay.Tests.Obs;

public sealed class ObsSettingsEditTests
{
    [Fact]
    public void An_empty_password_field_keeps_the_saved_password()
    {
        var saved = new ObsSettings { Password = "kept" };

        var next = new ObsSettingsEdit { Host = " 127.0.0.1 ", Port = 4455, Enabled = true, NewPassword = "" }.ApplyTo(saved);

        Assert.Equal(("127.0.0.1", "kept", true), (next.Host, next.Password, next.Enabled));
    }

    [Fact]
    public void A_new_password_replaces_it_untrimmed_and_clear_removes_it()
    {
        var saved = new ObsSettings { Password = "old" };

        Assert.Equal(" new pw ", new ObsSettingsEdit { NewPassword = " new pw " }.ApplyTo(saved).Password);
        Assert.Equal("", new ObsSettingsEdit { ClearPassword = true }.ApplyTo(saved).Password);
    }

    [Theory]
    [InlineData("ws://127.0.0.1:4455", 4455)]
    [InlineData("", 4455)]
    [InlineData("127.0.0.1", 0)]
    [InlineData("127.0.0.1", 70000)]
    public void Bad_addresses_and_ports_are_refused_with_a_message(string host, int port)
    {
        var errors = new ObsSettingsEdit { Host = host, Port = port }.Validate();

        Assert.NotEmpty(errors);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("streaming-pc")]
    [InlineData("192.168.1.20")]
    public void Computer_names_and_addresses_are_accepted(string host)
    {
        Assert.Empty(new ObsSettingsEdit { Host = host, Port = 4455 }.Validate());
    }
}
