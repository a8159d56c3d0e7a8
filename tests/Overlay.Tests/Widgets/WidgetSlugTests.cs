using Overlay.Web.Widgets;
using Overlay.Web.Admin;

namespace Overlay.Tests.Widgets;

public sealed class WidgetSlugTests
{
    [Theory]
    [InlineData("Gift alert (big)", "gift-alert-big")]
    [InlineData("  <script>  ", "script")]
    [InlineData("🌸🌸", "widget")]
    [InlineData("Ünïcode Näme", "unicode-name")]
    public void Slug_is_url_safe(string name, string expected)
    {
        Assert.Equal(expected, WidgetSlug.From(name, _ => false));
    }

    [Fact]
    public void Taken_slug_gets_a_number()
    {
        var taken = new HashSet<string> { "chat", "chat-2" };

        Assert.Equal("chat-3", WidgetSlug.From("Chat", taken.Contains));
    }
}
