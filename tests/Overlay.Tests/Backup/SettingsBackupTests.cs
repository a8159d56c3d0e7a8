using System.Text;
using System.Text.Json.Nodes;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Web.Backup;
using Overlay.Web.Widgets;
using Overlay.Widgets.ChatTicker;
using Overlay.Widgets.LikeGoal;
using Overlay.Widgets.Shared;

namespace Overlay.Tests.Backup;

/// <summary>Export, check and import against the real app and its real store.</summary>
public sealed class SettingsBackupTests
{
    private const string Key = "tk_backup_secret_key_123";
    private const string Passphrase = "correct horse battery";

    [Fact]
    public async Task Without_secrets_the_file_never_holds_the_key_and_with_them_only_sealed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(new() { ["Upstream:ApiKey"] = Key }), cancellationToken: ct);
        var backup = app.Get<SettingsBackup>();

        var plain = Encoding.UTF8.GetString(backup.Export());
        var sealedFile = Encoding.UTF8.GetString(backup.Export(Passphrase));

        Assert.DoesNotContain(Key, plain);
        Assert.Null(JsonNode.Parse(plain)!["secrets"]);
        Assert.DoesNotContain(Key, sealedFile);
        Assert.Equal("AES-256-GCM", JsonNode.Parse(sealedFile)!["secrets"]!["cipher"]!.GetValue<string>());
        Assert.Throws<ArgumentException>(() => backup.Export("short"));
    }

    [Fact]
    public async Task Secrets_come_back_only_with_the_right_passphrase()
    {
        var ct = TestContext.Current.CancellationToken;
        byte[] file;
        await using (var source = await RunningApp.StartAsync(QuietUpstream.Settings(new() { ["Upstream:ApiKey"] = Key }), cancellationToken: ct))
        {
            file = source.Get<SettingsBackup>().Export(Passphrase);
        }
        await using var target = await RunningApp.StartAsync(QuietUpstream.Settings(new() { ["Upstream:ApiKey"] = "" }), cancellationToken: ct);
        var backup = target.Get<SettingsBackup>();

        var wrong = Assert.Throws<BackupFormatException>(() => backup.Read(file, "not the passphrase"));
        Assert.Contains("Wrong passphrase", wrong.Message);
        var locked = backup.Read(file, null);
        Assert.True(locked.HasSecrets);
        Assert.False(locked.SecretsOpened);
        Assert.Contains(locked.Warnings, w => w.Contains("passphrase", StringComparison.Ordinal));
        Assert.Contains(locked.Changes, c => c is { Item: "API key", Kind: BackupChangeKind.Kept });

        var plan = backup.Read(file, Passphrase);
        Assert.Contains(plan.Changes, c => c is { Item: "API key", Kind: BackupChangeKind.Replaced });
        backup.Apply(plan);

        Assert.Equal(Key, target.Get<StoredConnectionSettingsSource>().Current.ApiKey);
    }

    [Fact]
    public async Task Import_into_a_wiped_store_recreates_every_widget_and_says_added_replaced_and_kept()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = TestContentRoot.Create();
        byte[] file;
        await using (var source = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct))
        {
            var widgets = source.Get<WidgetInstanceService>();
            widgets.UpdateSettings("chat-ticker", new ChatTickerSettings { MaxRows = 7, Look = new WidgetLook { AccentColor = "#ff0000" } });
            widgets.Rename("like-goal", "Subathon likes");
            widgets.Create(WidgetKinds.LikeGoal, "Follower goal");
            file = source.Get<SettingsBackup>().Export();
        }
        File.Delete(Path.Combine(root, "overlay.db"));

        await using var target = await RunningApp.StartAsync(QuietUpstream.Settings(), contentRoot: root, cancellationToken: ct);
        var backup = target.Get<SettingsBackup>();
        var plan = backup.Read(file, null);

        Assert.Equal(["Follower goal (/widgets/follower-goal)"], plan.Changes.Where(c => c.Kind == BackupChangeKind.Added).Select(c => c.Item));
        Assert.Equal(
            ["Chat ticker (/widgets/chat-ticker)", "Subathon likes (/widgets/like-goal)"],
            plan.Changes.Where(c => c.Kind == BackupChangeKind.Replaced && c.Item.Contains("/widgets/", StringComparison.Ordinal)).Select(c => c.Item).Order());
        Assert.Contains(plan.Changes, c => c is { Item: "Gift alert (/widgets/gift-alert)", Kind: BackupChangeKind.Kept });
        var before = target.Get<WidgetInstanceService>().List().Count;
        Assert.Null(target.Get<WidgetInstanceService>().Find("follower-goal"));

        var safety = backup.Apply(plan);

        var restored = target.Get<WidgetInstanceService>();
        Assert.Equal(before + 1, restored.List().Count);
        Assert.Equal(7, Assert.IsType<ChatTickerSettings>(restored.Find("chat-ticker")!.Settings).MaxRows);
        Assert.Equal("#ff0000", Assert.IsType<ChatTickerSettings>(restored.Find("chat-ticker")!.Settings).Look.AccentColor);
        Assert.Equal("Subathon likes", restored.Find("like-goal")!.Instance.Name);
        Assert.IsType<LikeGoalSettings>(restored.Find("follower-goal")!.Settings);
        // The safety copy holds the settings from before the import: the default chat ticker.
        var previous = JsonNode.Parse(File.ReadAllBytes(safety))!["sections"]!["widgets"]!.AsArray();
        Assert.Equal(20, previous.Single(w => w!["slug"]!.GetValue<string>() == "chat-ticker")!["settings"]!["maxRows"]!.GetValue<int>());
        Assert.Equal(SettingsBackup.SafetyFolderName, Path.GetFileName(Path.GetDirectoryName(safety)));

        // A second look at the same file finds nothing left to do.
        Assert.All(backup.Read(file, null).Changes.Where(c => c.Item.Contains("/widgets/", StringComparison.Ordinal)), c => Assert.Equal(BackupChangeKind.Kept, c.Kind));
    }

    public static TheoryData<string, string> HostileFiles => new()
    {
        { "{ not json", "not valid JSON" },
        { """{"format":"something-else","version":1,"sections":{}}""", "not a TikTok LIVE Overlay backup" },
        { """{"format":"tiktok-live-overlay-backup","version":99,"sections":{}}""", "newer version" },
        { """{"format":"tiktok-live-overlay-backup","version":1}""", "no sections" },
        { """{"format":"tiktok-live-overlay-backup","version":1,"sections":{"widgets":{}}}""", "must be a list" },
        { """{"format":"tiktok-live-overlay-backup","version":1,"sections":{"widgets":[{"slug":"../../etc","kind":"ChatTicker","name":"x","settings":{}}]}}""", "lower-case letters" },
        { """{"format":"tiktok-live-overlay-backup","version":1,"sections":{"widgets":[{"slug":"x","kind":"Nope<script>","name":"x","settings":{}}]}}""", "no widget kind" },
        { """{"format":"tiktok-live-overlay-backup","version":1,"sections":{"widgets":[{"slug":"x","kind":"ChatTicker","name":"x","settings":{"MaxRows":100000}}]}}""", "MaxRows" },
        { """{"format":"tiktok-live-overlay-backup","version":1,"sections":{"widgets":[{"slug":"x","kind":"ChatTicker","name":"x","settings":{}},{"slug":"x","kind":"ChatTicker","name":"y","settings":{}}]}}""", "listed twice" },
        { """{"format":"tiktok-live-overlay-backup","version":1,"sections":{"connection":{"uniqueId":"has spaces in it"}}}""", "cannot contain spaces" },
        { """{"format":"tiktok-live-overlay-backup","version":1,"sections":{},"secrets":{"cipher":"AES-256-GCM","kdf":"PBKDF2-SHA256","iterations":2000000000,"salt":"","nonce":"","tag":"","data":""}}""", "does not know" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task A_bad_file_is_refused_with_a_clear_message_and_nothing_changes(string file, string message)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var backup = app.Get<SettingsBackup>();
        var before = Encoding.UTF8.GetString(backup.Export());

        var error = Assert.Throws<BackupFormatException>(() => backup.Read(Encoding.UTF8.GetBytes(file), Passphrase));

        Assert.Contains(message, error.Message);
        Assert.Equal(JsonNode.Parse(before)!["sections"]!.ToJsonString(), JsonNode.Parse(backup.Export())!["sections"]!.ToJsonString());
    }

    [Fact]
    public async Task Tampered_secrets_a_huge_file_and_unknown_sections_are_handled()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(new() { ["Upstream:ApiKey"] = Key }), cancellationToken: ct);
        var backup = app.Get<SettingsBackup>();
        var file = JsonNode.Parse(backup.Export(Passphrase))!;
        var data = Convert.FromBase64String(file["secrets"]!["data"]!.GetValue<string>());
        data[0] ^= 1;
        file["secrets"]!["data"] = Convert.ToBase64String(data);
        file["sections"]!["fromTheFuture"] = new JsonObject();

        Assert.Contains("Wrong passphrase", Assert.Throws<BackupFormatException>(() => backup.Read(Encoding.UTF8.GetBytes(file.ToJsonString()), Passphrase)).Message);
        var plan = backup.Read(Encoding.UTF8.GetBytes(file.ToJsonString()), null);
        Assert.Contains(plan.Warnings, w => w.Contains("\"fromTheFuture\" is not known", StringComparison.Ordinal));
        Assert.Contains("larger than 5 MB", Assert.Throws<BackupFormatException>(() => backup.Read(new byte[SettingsBackup.MaxFileBytes + 1], null)).Message);
    }

    [Fact]
    public async Task Media_files_the_backup_names_but_this_computer_lacks_are_listed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var file = JsonNode.Parse(app.Get<SettingsBackup>().Export())!;
        file["sections"]!["media"]!["sounds"]!.AsArray().Add("airhorn.mp3");
        file["sections"]!["media"]!["sounds"]!.AsArray().Add("../../secret.wav");

        var plan = app.Get<SettingsBackup>().Read(Encoding.UTF8.GetBytes(file.ToJsonString()), null);

        var warning = Assert.Single(plan.Warnings);
        Assert.Contains("sounds/airhorn.mp3", warning);
        Assert.DoesNotContain("secret", warning);
    }

    [Fact]
    public async Task The_obs_connection_travels_with_its_password_only_as_a_sealed_secret()
    {
        var ct = TestContext.Current.CancellationToken;
        byte[] file;
        await using (var source = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct))
        {
            source.Get<Overlay.Web.Obs.Settings.ObsSettingsRepository>().Save(new Overlay.Web.Obs.Settings.ObsSettings { Host = "192.168.1.20", Port = 4456, Password = "obs-pass-789", Enabled = false });
            file = source.Get<SettingsBackup>().Export(Passphrase);
        }
        Assert.DoesNotContain("obs-pass-789", Encoding.UTF8.GetString(file));
        await using var target = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var backup = target.Get<SettingsBackup>();

        var plan = backup.Read(file, Passphrase);
        Assert.Contains(plan.Changes, c => c is { Item: "OBS connection", Kind: BackupChangeKind.Replaced });
        backup.Apply(plan);

        var restored = target.Get<Overlay.Web.Obs.Settings.ObsSettingsRepository>().Get();
        Assert.Equal(("192.168.1.20", 4456, "obs-pass-789", false), (restored.Host, restored.Port, restored.Password, restored.Enabled));
    }

    [Fact]
    public async Task Rules_come_back_with_their_webhook_keys_only_from_sealed_secrets_and_a_second_import_keeps_them()
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new Overlay.Web.Rules.Model.Rule
        {
            Name = "Lion → webhook",
            Actions = [new Overlay.Web.Rules.Model.RuleAction { Kind = Overlay.Web.Rules.Model.ActionKind.Webhook, Url = "https://example.com/hook", Secret = "webhook-key-456" }],
        };
        byte[] sealedFile, plainFile;
        await using (var source = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct))
        {
            source.Get<Overlay.Web.Rules.RuleBook>().Save(rule);
            sealedFile = source.Get<SettingsBackup>().Export(Passphrase);
            plainFile = source.Get<SettingsBackup>().Export();
        }
        Assert.DoesNotContain("webhook-key-456", Encoding.UTF8.GetString(sealedFile));
        Assert.DoesNotContain("webhook-key-456", Encoding.UTF8.GetString(plainFile));
        await using var target = await RunningApp.StartAsync(QuietUpstream.Settings(), cancellationToken: ct);
        var backup = target.Get<SettingsBackup>();
        var book = target.Get<Overlay.Web.Rules.RuleBook>();

        var plan = backup.Read(sealedFile, Passphrase);
        Assert.Contains(plan.Changes, c => c is { Item: "Lion → webhook", Kind: BackupChangeKind.Added });
        backup.Apply(plan);
        var restored = Assert.Single(book.All);
        Assert.Equal("webhook-key-456", restored.Actions[0].Secret);
        Assert.Equal("https://example.com/hook", restored.Actions[0].Url);

        Assert.Contains(backup.Read(plainFile, null).Changes, c => c is { Item: "Lion → webhook", Kind: BackupChangeKind.Kept });
        backup.Apply(backup.Read(plainFile, null));
        Assert.Equal("webhook-key-456", Assert.Single(book.All).Actions[0].Secret);
    }
}
