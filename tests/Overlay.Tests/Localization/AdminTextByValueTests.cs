using System.Text.RegularExpressions;
using System.Xml.Linq;
using Overlay.Web.Components.Pages.Admin;
using Overlay.Web.Hosting;
using Overlay.Web.Localization;
using Overlay.Web.Tts.Synthesis;
using Overlay.Web.Upstream;
using Overlay.Web.Widgets;

namespace Overlay.Tests.Localization;

/// <summary>
/// Texts the admin translates by value rather than as L["…"] literals: every widget kind's name and settings form,
/// the wait reasons, speech failure names and queue sources. Each must be a key of AdminText.resx.
/// </summary>
public sealed partial class AdminTextByValueTests
{
    private static readonly HashSet<string> Keys =
        XDocument.Load(Path.Combine(ContentRootLocator.Locate(), "src", "Overlay.Web", "Localization", "AdminText.resx")).Root!
            .Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> Kinds => [.. WidgetKinds.All.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_text_of_a_widget_kinds_form_is_a_key(string name)
    {
        var kind = WidgetKinds.Find(name)!;
        var texts = new List<string> { kind.DisplayName };
        foreach (var field in kind.Form.Fields)
        {
            texts.Add(field.Label);
            texts.Add(field.Help);
            texts.AddRange(field.Choices.Select(c => c.Label));
            if (field.Group is { } group)
            {
                texts.Add(group);
            }
        }

        AssertKeys(texts);
    }

    [Fact]
    public void A_form_fields_range_messages_are_keys()
    {
        var field = WidgetKinds.Tts.Form.Fields.First(f => f.Kind == Overlay.Web.Admin.Forms.SettingKind.Integer);

        AssertKeys([.. Formats(field.Problem(-1L)!), .. Formats(field.Problem(null)!)]);
    }

    [Fact]
    public void Status_labels_speech_failures_and_queue_sources_are_keys() =>
        AssertKeys([
            .. Enum.GetValues<WaitReason>().Select(StatusPanel.WaitLabel),
            .. Enum.GetNames<SpeechFailure>().Select(TtsEnginePanel.FailureLabel),
            .. new[] { "chat", "gift", "follow", "subscription", "request" }.Select(TtsWidgetsPanel.SourceLabel),
            Overlay.Web.Tts.Engines.EngineLocator.MissingHint,
            .. new[] { "homepage_hot", "homepage_follow", "share", "search", "profile", "live_square", "push", "unknown", "other" }.Select(EntryLabels.Source),
            .. new[] { "draw", "click", "unknown" }.Select(EntryLabels.Action),
        ]);

    /// <summary>
    /// Sentences made outside a request (connection status, speech problems, form rules) as LocalText: read from
    /// the source, as the L["…"] test does, so every branch is covered. In the listed files every target-typed
    /// new("…") is a LocalText.
    /// </summary>
    [Fact]
    public void Every_local_text_format_in_the_source_is_a_key()
    {
        var web = Path.Combine(ContentRootLocator.Locate(), "src", "Overlay.Web");
        string[] targetTyped = [Path.Combine("Upstream", "StatusText.cs"), Path.Combine("Admin", "Forms", "SettingField.cs")];
        var formats = Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f =>
            {
                var source = File.ReadAllText(f);
                var pattern = targetTyped.Any(t => f.EndsWith(t, StringComparison.Ordinal)) ? TargetTypedText() : LocalTextCall();
                return pattern.Matches(source).Select(m => Regex.Unescape(m.Groups[1].Value));
            })
            .ToList();

        Assert.Contains("Connecting to the demo upstream…", formats);
        AssertKeys(formats);
    }

    private static void AssertKeys(IEnumerable<string> texts)
    {
        var missing = texts.Where(t => t.Length > 0 && !Keys.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Not in AdminText.resx: " + string.Join(" | ", missing));
    }

    /// <summary>The formats of <paramref name="text"/> and of the texts among its arguments.</summary>
    public static IEnumerable<string> Formats(LocalText text) =>
        text.Args.OfType<LocalText>().SelectMany(Formats).Prepend(text.Format);

    [GeneratedRegex(@"\bnew LocalText\(""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalTextCall();

    [GeneratedRegex(@"\bnew(?: LocalText)?\(""((?:[^""\\]|\\.)*)""")]
    private static partial Regex TargetTypedText();
}
