using System.Text.RegularExpressions;
using System.Xml.Linq;
using Overlay.Web.Backup;
using Overlay.Web.Components.Pages.Admin;
using Overlay.Web.Hosting;
using Overlay.Web.Localization;
using Overlay.Web.Upstream;

namespace Overlay.Tests.Localization;

/// <summary>Every admin text has a translation in every language, and every text the admin uses is a key.</summary>
public sealed partial class AdminTextTests
{
    private static readonly string Folder = Path.Combine(ContentRootLocator.Locate(), "src", "Overlay.Web", "Localization");

    public static TheoryData<string> Languages => [.. AdminCultures.Names.Where(n => n != AdminCultures.Default)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_language_has_every_key_with_the_same_placeholders_and_nothing_else(string culture)
    {
        var english = Read("AdminText.resx");
        var translated = Read($"AdminText.{culture}.resx");

        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        Assert.All(translated, pair =>
        {
            Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{culture}: \"{pair.Key}\" is empty");
            Assert.Equal(Placeholders(pair.Key), Placeholders(pair.Value));
        });
    }

    [Fact]
    public void Every_text_the_admin_asks_for_is_a_key()
    {
        var keys = Read("AdminText.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var source = Path.Combine(ContentRootLocator.Locate(), "src", "Overlay.Web");
        var used = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LocalizerCall().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: Regex.Unescape(m.Groups[1].Value))))
            .ToList();
        // Texts looked up by value: state and change names, the nav labels and the gift import's status lines.
        var dynamic = Enum.GetNames<ConnectionState>().Concat(Enum.GetNames<BackupChangeKind>()).Concat(AdminNav.Pages.Select(p => p.Label))
            .Concat(Enum.GetValues<Overlay.Web.Obs.Client.ObsState>().Select(Overlay.Web.Components.Pages.Admin.ObsControl.ObsStatusPanel.Label))
            .Concat(Enum.GetNames<Overlay.Web.Gifts.GiftImportState>()).Concat(Overlay.Web.Gifts.GiftImportStatus.Texts)
            .Concat(Overlay.Web.Gifts.GiftListProblem.Texts);

        Assert.NotEmpty(used);
        var missing = used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}")
            .Concat(dynamic.Where(k => !keys.Contains(k)).Select(k => $"(by value): {k}")).ToList();
        Assert.True(missing.Count == 0, "Not in AdminText.resx: " + string.Join("; ", missing));
    }

    [Fact]
    public void No_two_keys_differ_only_in_case_because_resx_would_drop_one()
    {
        var duplicates = Read("AdminText.resx").Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g));

        Assert.Empty(duplicates);
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\bL\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerCall();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
