using Overlay.Web.Admin;

namespace Overlay.Tests.Admin;

public sealed class ConnectionSettingsEditTests
{
    [Fact]
    public void Leading_at_sign_is_removed_from_the_username()
    {
        var edit = new ConnectionSettingsEdit { UniqueId = "  @streamer " };

        Assert.Equal("streamer", edit.NormalizedUniqueId);
    }

    [Theory]
    [InlineData("two words", null)]
    [InlineData("ok", "tk_has space")]
    [InlineData("ok", "tk_line\nbreak")]
    public void Spaces_in_username_or_key_are_reported(string uniqueId, string? key)
    {
        var errors = new ConnectionSettingsEdit { UniqueId = uniqueId, NewApiKey = key }.Validate();

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Errors_never_echo_the_key()
    {
        var errors = new ConnectionSettingsEdit { UniqueId = "ok", NewApiKey = "tk_planted secret_123" }.Validate();

        Assert.DoesNotContain(errors, e => e.Contains("planted", StringComparison.Ordinal));
    }
}
