using System.Text;
using Microsoft.Data.Sqlite;
using Overlay.Tests.Infrastructure;
using Overlay.Web.Admin;
using Overlay.Web.Storage;
using Overlay.Web.Widgets;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.Security;

/// <summary>The key in the settings file is encrypted, the files are owner-only, and a lost key ring costs only the key.</summary>
public sealed class SecretsAtRestTests(BrowserFixture browser)
{
    private const string PlantedKey = "tk_planted_at_rest_4f9c1e";
    private const string PlantedJwt = "jwt_planted_at_rest_77aa";

    [Fact]
    public async Task Planted_key_is_nowhere_in_the_settings_files_and_still_reaches_the_upstream_after_a_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var upstream = await TestUpstreamServer.StartAsync(ct);
        var root = TestContentRoot.Create();
        var settings = Settings(upstream);
        var db = Path.Combine(root, "overlay.db");

        await using (var first = await RunningApp.StartAsync(settings, contentRoot: root, cancellationToken: ct))
        {
            first.Get<IConnectionSettingsSource>().Save(
                new ConnectionSettingsEdit { UniqueId = "streamer", NewApiKey = PlantedKey, NewJwtKey = PlantedJwt });
            await NextAttemptWithKeyAsync(upstream, ct);
            AssertNotInFiles(db, PlantedKey, PlantedJwt);
        }
        AssertNotInFiles(db, PlantedKey, PlantedJwt);

        await using var second = await RunningApp.StartAsync(settings, contentRoot: root, cancellationToken: ct);

        await NextAttemptWithKeyAsync(upstream, ct);
        AssertNotInFiles(db, PlantedKey, PlantedJwt);
    }

    [Fact]
    public async Task Plain_text_row_from_an_earlier_version_is_encrypted_on_first_start_and_the_admins_row_is_kept()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var upstream = await TestUpstreamServer.StartAsync(ct);
        var root = TestContentRoot.Create();
        var settings = Settings(upstream);
        var db = Path.Combine(root, "overlay.db");
        await using (await RunningApp.StartAsync(settings, contentRoot: root, cancellationToken: ct))
        {
        }
        // What an earlier version left: the key in plain text and an unkeyed SHA-256 fingerprint of the configuration.
        var legacy = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            Encoding.UTF8.GetBytes(string.Join('\0', "v1", "streamer", "", "", "0"))));
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            Execute(connection, $"UPDATE connection_settings SET unique_id = 'saved_in_admin', api_key = '{PlantedKey}';");
            Execute(connection, "DELETE FROM meta WHERE key = 'upstream_config_fingerprint_key';");
            Execute(connection, $"UPDATE meta SET value = '{legacy}' WHERE key = 'upstream_config_fingerprint';");
        }
        Assert.True(FilesContain(db, PlantedKey));

        await using var app = await RunningApp.StartAsync(settings, contentRoot: root, cancellationToken: ct);

        var attempt = await NextAttemptWithKeyAsync(upstream, ct);
        Assert.Contains("uniqueId=saved_in_admin", attempt.QueryString);
        Assert.Equal("saved_in_admin", app.Get<IConnectionSettingsSource>().Current.UniqueId);
        AssertNotInFiles(db, PlantedKey);
    }

    [Fact]
    public async Task Settings_file_its_folder_and_the_key_ring_are_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes; Windows relies on the per-user folder and DPAPI.");
            return;
        }
        var ct = TestContext.Current.CancellationToken;
        var root = TestContentRoot.Create();
        var db = Path.Combine(root, "data", "overlay.db");
        await using var app = await RunningApp.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Path"] = db,
            ["Upstream:Url"] = "ws://127.0.0.1:9/",
            ["Upstream:UniqueId"] = "streamer",
            ["Upstream:ApiKey"] = PlantedKey,
        }, contentRoot: root, cancellationToken: ct);

        app.Get<IConnectionSettingsSource>().Save(new ConnectionSettingsEdit { UniqueId = "streamer", NewApiKey = PlantedKey + "2" });

        const UnixFileMode file = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        const UnixFileMode folder = file | UnixFileMode.UserExecute;
        Assert.Equal(folder, File.GetUnixFileMode(Path.GetDirectoryName(db)!));
        Assert.Equal(file, File.GetUnixFileMode(db));
        Assert.Equal(file, File.GetUnixFileMode(db + "-wal"));
        var keys = KeyRingFolder.For(db);
        Assert.Equal(folder, File.GetUnixFileMode(keys));
        Assert.NotEmpty(Directory.GetFiles(keys));
        foreach (var key in Directory.GetFiles(keys))
        {
            Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(key) & ~file);
        }
    }

    [Trait("Category", "Browser")]
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Damaged_or_missing_key_ring_asks_for_the_key_again_and_keeps_everything_else(bool damaged)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var upstream = await TestUpstreamServer.StartAsync(ct);
        var root = TestContentRoot.Create();
        var settings = Settings(upstream);
        var db = Path.Combine(root, "overlay.db");
        await using (var first = await RunningApp.StartAsync(settings, contentRoot: root, cancellationToken: ct))
        {
            first.Get<IConnectionSettingsSource>().Save(new ConnectionSettingsEdit { UniqueId = "kept_name", NewApiKey = PlantedKey });
            first.Get<WidgetInstanceService>().Rename("chat-ticker", "Kept widget");
        }
        var keys = KeyRingFolder.For(db);
        if (damaged)
        {
            foreach (var key in Directory.GetFiles(keys, "*.xml"))
            {
                File.WriteAllText(key, "<key id=\"broken\"><<<");
            }
        }
        else
        {
            Directory.Delete(keys, recursive: true);
        }

        await using var app = await RunningApp.StartAsync(settings, contentRoot: root, cancellationToken: ct);

        Assert.Equal("kept_name", app.Get<IConnectionSettingsSource>().Current.UniqueId);
        Assert.Equal("", app.Get<IConnectionSettingsSource>().Current.ApiKey);
        Assert.Contains(app.Get<WidgetInstanceService>().List(), w => w.Instance.Name == "Kept widget");
        Assert.Equal(SecretProtector.UnreadableMessage, app.Get<SecretProtector>().Problem);
        Assert.Equal(damaged, Directory.GetDirectories(root, "keys.broken-*").Length == 1);
        await using var context = await browser.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.Url("admin").ToString());
        await Expect(page.GetByTestId("secrets-problem")).ToContainTextAsync("Re-enter your key");

        app.Get<IConnectionSettingsSource>().Save(new ConnectionSettingsEdit { UniqueId = "kept_name", NewApiKey = PlantedKey });

        Assert.Null(app.Get<SecretProtector>().Problem);
        await NextAttemptWithKeyAsync(upstream, ct);
    }

    private static Dictionary<string, string?> Settings(TestUpstreamServer upstream) => new()
    {
        ["Upstream:Url"] = upstream.Url.ToString(),
        ["Upstream:UniqueId"] = "streamer",
    };

    private static async Task<TestUpstreamServer.Attempt> NextAttemptWithKeyAsync(TestUpstreamServer upstream, CancellationToken ct)
    {
        while (true)
        {
            var attempt = await upstream.NextAttemptAsync(ct);
            if (attempt.QueryString.Contains("apiKey=" + PlantedKey, StringComparison.Ordinal))
            {
                return attempt;
            }
        }
    }

    private static void AssertNotInFiles(string db, params string[] secrets)
    {
        foreach (var secret in secrets)
        {
            Assert.False(FilesContain(db, secret), $"'{secret}' was found in the settings file or its journal.");
        }
    }

    /// <summary>The raw bytes of the file, its WAL and its shared-memory file, read while the app may hold them open.</summary>
    private static bool FilesContain(string db, string secret)
    {
        var needle = Encoding.UTF8.GetBytes(secret);
        foreach (var path in new[] { db, db + "-wal", db + "-shm", db + "-journal" })
        {
            if (!File.Exists(path))
            {
                continue;
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            if (copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(needle) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
