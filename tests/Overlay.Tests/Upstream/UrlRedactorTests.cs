using Overlay.Web.Upstream;

namespace Overlay.Tests.Upstream;

public sealed class UrlRedactorTests
{
    [Theory]
    [InlineData("wss://api.tik.tools/?uniqueId=a&apiKey=tk_abc123456789", "wss://api.tik.tools/?uniqueId=a&apiKey=***")]
    [InlineData("wss://api.tik.tools?apiKey=secret&uniqueId=a", "wss://api.tik.tools?apiKey=***&uniqueId=a")]
    [InlineData("wss://api.tik.tools?uniqueId=a&jwtKey=eyJ.abc.def", "wss://api.tik.tools?uniqueId=a&jwtKey=***")]
    [InlineData("Failed 'wss://x/?APIKEY=abc' now", "Failed 'wss://x/?APIKEY=***' now")]
    public void Key_query_values_are_masked(string text, string expected)
    {
        Assert.Equal(expected, UrlRedactor.Redact(text));
    }

    [Fact]
    public void A_known_secret_is_masked_anywhere_in_the_text_also_when_url_encoded()
    {
        var text = "bad key my key/+= and my%20key%2F%2B%3D";

        var redacted = UrlRedactor.Redact(text, "my key/+=");

        Assert.Equal("bad key *** and ***", redacted);
    }

    [Fact]
    public void A_tik_tools_key_outside_a_query_is_masked()
    {
        Assert.Equal("Invalid key tk_***", UrlRedactor.Redact("Invalid key tk_live_0123456789abcdef"));
    }

    [Fact]
    public void Text_without_secrets_is_unchanged()
    {
        Assert.Equal("Evicted - newer connection arrived (FIFO)", UrlRedactor.Redact("Evicted - newer connection arrived (FIFO)", "tk_x"));
    }

    [Fact]
    public void Null_becomes_empty()
    {
        Assert.Equal("", UrlRedactor.Redact(null));
    }
}
