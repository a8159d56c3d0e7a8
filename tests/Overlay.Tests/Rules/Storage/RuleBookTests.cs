using System.Text;
using Overlay.Tests.Infrastructure;
using Overlay.Tests.Storage;
using Overlay.Web.Rules;
using Overlay.Web.Rules.Model;
using Overlay.Web.Storage;
using Overlay.Widgets.ChatTicker;

namespace Overlay.Tests.Rules.Storage;

/// <summary>Rules in a real SQLite file: round trip, order, secrets at rest, export and import.</summary>
public sealed class RuleBookTests : IDisposable
{
    private readonly TempStore _temp = new();
    private readonly OverlayStore _store;
    private readonly RuleBook _book;

    public RuleBookTests()
    {
        _store = _temp.Open();
        _book = new RuleBook(new RuleRepository(_store, TestSecrets.For(_store)));
    }

    private static Rule Sample(string name = "Rose → GIF") => new()
    {
        Name = name,
        Trigger = new RuleTrigger { Kind = TriggerKind.Gift, GiftIds = ["5655"], MinDiamonds = 1 },
        Conditions = new RuleConditions { MinRole = ChatRole.Follower, CooldownSeconds = 10, CooldownPerViewer = true, ChancePercent = 50 },
        Actions =
        [
            new RuleAction { Kind = ActionKind.ShowMedia, ImageFile = "party.gif", SoundFile = "chime.wav", Text = "{nickname}!", Seconds = 3 },
            new RuleAction { Kind = ActionKind.Webhook, Url = "https://example.com/hook", Secret = "webhook-secret-planted" },
        ],
    };

    [Fact]
    public void A_saved_rule_comes_back_whole_after_a_restart()
    {
        var saved = _book.Save(Sample());
        _store.Dispose();
        var store = _temp.Open();

        var loaded = Assert.Single(new RuleBook(new RuleRepository(store, TestSecrets.For(store))).All);

        Assert.Equal(saved.Id, loaded.Id);
        Assert.Equal(Sample().Trigger.GiftIds, loaded.Trigger.GiftIds);
        Assert.Equal(Sample().Conditions, loaded.Conditions);
        Assert.Equal(saved.Actions, loaded.Actions);
        Assert.Equal("webhook-secret-planted", loaded.Actions[1].Secret);
    }

    [Fact]
    public void Webhook_secrets_are_encrypted_in_the_file()
    {
        _book.Save(Sample());
        _store.Checkpoint();
        _store.Dispose();

        var bytes = File.ReadAllBytes(_temp.FilePath).Concat(File.Exists(_temp.FilePath + "-wal") ? File.ReadAllBytes(_temp.FilePath + "-wal") : []).ToArray();

        Assert.DoesNotContain("webhook-secret-planted", Encoding.UTF8.GetString(bytes));
        Assert.Contains("https://example.com/hook", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void An_edit_with_the_secret_left_empty_keeps_the_saved_one()
    {
        var saved = _book.Save(Sample());

        _book.Save(saved with { Name = "Renamed", Actions = [.. saved.Actions.Select(a => a with { Secret = "" })] });

        Assert.Equal("webhook-secret-planted", _book.All[0].Actions[1].Secret);
        Assert.Equal("Renamed", _book.All[0].Name);
    }

    [Fact]
    public void Rules_keep_the_order_they_were_moved_to()
    {
        var a = _book.Save(Sample("A"));
        _book.Save(Sample("B"));
        _book.Save(Sample("C"));

        _book.Move(a.Id, 1);
        _book.Move(a.Id, 1);
        _store.Dispose();
        var store = _temp.Open();

        Assert.Equal(["B", "C", "A"], new RuleBook(new RuleRepository(store, TestSecrets.For(store))).All.Select(r => r.Name));
    }

    [Fact]
    public void An_invalid_rule_is_refused_with_every_reason_and_nothing_is_saved()
    {
        var bad = Sample() with
        {
            Name = "",
            Actions = [new RuleAction { Kind = ActionKind.Webhook, Url = "javascript:alert(1)" }, new RuleAction { Kind = ActionKind.ShowMedia, ImageFile = "../x.gif" }],
        };

        var ex = Assert.Throws<RuleRejectedException>(() => _book.Save(bad));

        Assert.Contains(ex.Problems, p => p.Contains("name must be"));
        Assert.Contains(ex.Problems, p => p.Contains("http:// or https://"));
        Assert.Contains(ex.Problems, p => p.Contains("the image must be"));
        Assert.Empty(_book.All);
    }

    [Fact]
    public void An_export_holds_the_rules_without_their_secrets_and_imports_as_new_rules()
    {
        _book.Save(Sample());

        var json = _book.Export();
        var imported = _book.Import(json);

        Assert.DoesNotContain("webhook-secret-planted", json);
        Assert.Contains("\"format\": \"tiktok-live-overlay-rules\"", json);
        Assert.Equal(2, _book.All.Count);
        Assert.Equal("Rose → GIF", imported[0].Name);
        Assert.Equal("", imported[0].Actions[1].Secret);
        Assert.NotEqual(_book.All[0].Actions[1].Id, imported[0].Actions[1].Id);
    }

    [Theory]
    [InlineData("not json at all", "not valid rules JSON")]
    [InlineData("""{"rules":[]}""", "not a rules file exported")]
    [InlineData("""{"format":"tiktok-live-overlay-rules","version":99,"rules":[]}""", "newer version")]
    [InlineData("""{"format":"tiktok-live-overlay-rules","version":1,"rules":[]}""", "holds no rules")]
    [InlineData("""{"format":"tiktok-live-overlay-rules","version":1,"rules":[{"name":"x","trigger":{"kind":"Teleport"}}]}""", "not valid rules JSON")]
    [InlineData("""{"format":"tiktok-live-overlay-rules","version":1,"rules":[{"name":"x","trigger":{"kind":"ChatCommand","command":""},"actions":[]}]}""", "chat command must be")]
    public void A_bad_import_file_is_refused_with_a_clear_message_and_nothing_is_lost(string json, string expected)
    {
        _book.Save(Sample());

        var ex = Assert.Throws<RuleRejectedException>(() => _book.Import(json));

        Assert.True(ex.Problems.Any(p => p.Contains(expected, StringComparison.Ordinal)), string.Join(" | ", ex.Problems));
        Assert.Single(_book.All);
    }

    [Fact]
    public void An_import_with_one_bad_rule_adds_none()
    {
        var good = Sample("good");
        var file = new RulesExportFile { Format = RulesExportFile.FormatName, Rules = [good, good with { Name = "bad", MaxRunsPerMinute = 0 }] };
        var json = System.Text.Json.JsonSerializer.Serialize(file, RulesJson.Default.RulesExportFile);

        Assert.Throws<RuleRejectedException>(() => _book.Import(json));

        Assert.Empty(_book.All);
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }
}
