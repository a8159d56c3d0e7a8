using Overlay.Widgets.Shared;

namespace Overlay.Tests.Widgets.Shared;

public sealed class ViewerTextTests
{
    [Theory]
    [InlineData("ana", "A")]
    [InlineData("  zoe", "Z")]
    [InlineData("👩‍👩‍👧 fam", "👩‍👩‍👧")]
    [InlineData("", "?")]
    [InlineData(null, "?")]
    public void Initial_is_the_first_whole_character(string? nickname, string expected) =>
        Assert.Equal(expected, ViewerText.Initial(nickname));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("/relative.png")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void Only_http_urls_are_allowed_as_images(string? url) => Assert.Null(ViewerText.SafeImageUrl(url));

    [Fact]
    public void Https_urls_are_allowed_as_images() =>
        Assert.Equal("https://cdn.example/a.webp", ViewerText.SafeImageUrl("https://cdn.example/a.webp"));

    [Fact]
    public void Css_url_escapes_quotes_and_parentheses() =>
        Assert.Equal("url(\"https://cdn.example/a%22%29%28%27b\")", ViewerText.CssImageUrl("https://cdn.example/a\")('b"));

    [Fact]
    public void Css_url_is_null_for_unsafe_urls() => Assert.Null(ViewerText.CssImageUrl("javascript:alert(1)"));
}
