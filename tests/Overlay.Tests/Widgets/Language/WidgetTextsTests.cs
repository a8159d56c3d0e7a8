using System.Globalization;
using System.Text.RegularExpressions;
using Overlay.Web.Localization;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Tests.Widgets.Language;

/// <summary>The table of built-in widget texts: complete, placeholders intact, and the swap that leaves a streamer's own text alone.</summary>
public sealed partial class WidgetTextsTests
{
    public static TheoryData<WidgetText> Texts => [.. Enum.GetValues<WidgetText>()];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_text_has_every_language_with_the_english_placeholders(WidgetText text)
    {
        var english = WidgetTexts.Get(text, WidgetLanguages.English);

        foreach (var (language, _) in WidgetLanguages.All)
        {
            var translated = WidgetTexts.Get(text, language);
            Assert.False(string.IsNullOrWhiteSpace(translated), $"{text} has no {language} text");
            Assert.Equal(Placeholders(english), Placeholders(translated));
        }
    }

    [Fact]
    public void The_widget_languages_are_the_admin_languages()
    {
        Assert.Equal(AdminCultures.Supported.Select(c => (c.Name, c.NativeName)), WidgetLanguages.All);
    }

    [Fact]
    public void Swap_replaces_the_old_default_and_keeps_anything_else_exactly()
    {
        Assert.Equal("Zuschauer", WidgetTexts.Swap(WidgetText.ViewersLabel, "viewers", "en", "de"));
        Assert.Equal("watching", WidgetTexts.Swap(WidgetText.ViewersLabel, "watching", "en", "de"));
        Assert.Equal("Viewers", WidgetTexts.Swap(WidgetText.ViewersLabel, "Viewers", "en", "de"));
        Assert.Equal("", WidgetTexts.Swap(WidgetText.ViewersLabel, "", "en", "de"));
        Assert.Equal("espectadores", WidgetTexts.Swap(WidgetText.ViewersLabel, "Zuschauer", "de", "es"));
    }

    [Fact]
    public void A_streamer_text_that_equals_another_languages_default_is_their_own_and_kept()
    {
        // In an English instance "Zuschauer" was typed by the streamer: only the English default counts as untouched.
        Assert.Equal("Zuschauer", WidgetTexts.Swap(WidgetText.ViewersLabel, "Zuschauer", "en", "es"));
    }

    [Fact]
    public void An_unknown_language_renders_english()
    {
        Assert.Equal("viewers", WidgetTexts.Get(WidgetText.ViewersLabel, "xx"));
        Assert.Equal("en", WidgetLanguages.Resolve(null));
        Assert.Equal("Widgets:ViewerCount:Language must be one of en, es, pt-BR, id, de, got 'fr'.", WidgetLanguages.Problem("fr", "Widgets:ViewerCount"));
        Assert.Null(WidgetLanguages.Problem("pt-BR", "Widgets:ViewerCount"));
    }

    [Theory]
    [InlineData("de", "de")]
    [InlineData("de-AT", "de")]
    [InlineData("pt-BR", "pt-BR")]
    [InlineData("pt-PT", "en")]
    [InlineData("id-ID", "id")]
    [InlineData("fr", "en")]
    [InlineData("", "en")]
    public void A_culture_matches_one_of_the_five_or_english(string culture, string expected)
    {
        Assert.Equal(expected, WidgetLanguages.Match(CultureInfo.GetCultureInfo(culture)));
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();
}
