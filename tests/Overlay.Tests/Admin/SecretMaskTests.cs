using Overlay.Web.Admin;

namespace Overlay.Tests.Admin;

public sealed class SecretMaskTests
{
    [Theory]
    [InlineData("", "not set")]
    [InlineData("tk_short", "set")]
    [InlineData("tk_planted_secret_123", "set (ends in …_123)")]
    public void Mask_shows_at_most_the_last_four_characters(string secret, string expected)
    {
        Assert.Equal(expected, SecretMask.Describe(secret));
    }
}
