using Overlay.Web.Widgets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Overlay.Web.Storage;

namespace Overlay.Tests.Storage;

public sealed class OverlayStoreTests
{
    [Fact]
    public void New_file_gets_the_current_schema_version()
    {
        using var temp = new TempStore();

        using (var store = temp.Open())
        {
            Assert.Null(store.Problem);
        }

        Assert.Equal(StoreMigrations.All.Count, ReadSchemaVersion(temp.FilePath));
    }

    [Fact]
    public void Opening_an_existing_file_again_keeps_its_data_and_version()
    {
        using var temp = new TempStore();
        using (var first = temp.Open())
        {
            TestSecrets.Repository(first).Save(new StoredConnectionSettings { UniqueId = "streamer" });
        }

        using var second = temp.Open();
        var saved = TestSecrets.Repository(second).Get();

        Assert.Null(second.Problem);
        Assert.Equal("streamer", saved?.UniqueId);
        second.Dispose();
        Assert.Equal(StoreMigrations.All.Count, ReadSchemaVersion(temp.FilePath));
    }

    [Fact]
    public void File_is_in_write_ahead_log_mode()
    {
        using var temp = new TempStore();
        using (var store = temp.Open())
        {
            Assert.Null(store.Problem);
        }

        // SQLite file header bytes 18 and 19 are the read/write format versions: 2 means WAL.
        var header = File.ReadAllBytes(temp.FilePath).AsSpan(0, 20);
        Assert.Equal(2, header[18]);
        Assert.Equal(2, header[19]);
    }

    [Fact]
    public void Missing_folder_is_created()
    {
        using var temp = new TempStore();
        Directory.Delete(temp.Folder, recursive: true);

        using var store = temp.Open();

        Assert.Null(store.Problem);
        Assert.True(File.Exists(temp.FilePath));
    }

    [Fact]
    public void Corrupt_file_is_reported_with_its_path_and_what_to_do()
    {
        using var temp = new TempStore();
        File.WriteAllText(temp.FilePath, new string('x', 8192));

        using var store = temp.Open();

        Assert.False(store.IsAvailable);
        Assert.Contains(temp.FilePath, store.Problem);
        Assert.Contains("damaged", store.Problem);
        Assert.Contains("move the file aside", store.Problem);
        Assert.DoesNotContain("   at ", store.Problem);
    }

    [Fact]
    public void Corrupt_file_makes_repositories_throw_the_same_clear_message()
    {
        using var temp = new TempStore();
        File.WriteAllText(temp.FilePath, new string('x', 8192));
        using var store = temp.Open();

        var ex = Assert.Throws<StoreUnavailableException>(() => new WidgetInstanceRepository(store).List());

        Assert.Equal(store.Problem, ex.Message);
    }

    [Fact]
    public void Corrupt_file_is_logged_once()
    {
        using var temp = new TempStore();
        File.WriteAllText(temp.FilePath, new string('x', 8192));
        var logger = new FakeLogger<OverlayStore>();
        using var store = temp.Open(logger);

        _ = store.Problem;
        Assert.Throws<StoreUnavailableException>(() => TestSecrets.Repository(store).Get());
        Assert.Throws<StoreUnavailableException>(() => new GoalProgressRepository(store).Find("goal"));

        var errors = logger.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Error).ToList();
        Assert.Single(errors);
        Assert.Contains(temp.FilePath, errors[0].Message);
    }

    [Fact]
    public void Damaged_page_in_a_real_database_is_reported_as_damaged()
    {
        using var temp = new TempStore();
        using (var store = temp.Open())
        {
            var widgets = new WidgetInstanceRepository(store);
            for (var i = 0; i < 200; i++)
            {
                widgets.Upsert(new StoredWidget($"w{i}", Overlay.Web.Widgets.WidgetKinds.ChatTicker, new string('n', 200), "{}"));
            }
        }
        using (var file = File.Open(temp.FilePath, FileMode.Open, FileAccess.ReadWrite))
        {
            // Keep the 100-byte header, scribble over the rest of page 1 (the schema) and page 2.
            file.Position = 100;
            file.Write(Enumerable.Repeat((byte)0xA5, 8000).ToArray());
        }

        using var reopened = temp.Open();

        Assert.False(reopened.IsAvailable);
        Assert.Contains(temp.FilePath, reopened.Problem);
    }

    [Fact]
    public void Second_copy_of_the_app_is_told_the_file_is_in_use()
    {
        using var temp = new TempStore();
        using var running = temp.Open();
        Assert.Null(running.Problem);

        using var second = temp.Open();

        Assert.False(second.IsAvailable);
        Assert.Contains(temp.FilePath, second.Problem);
        Assert.Contains("Close the other copy", second.Problem);
    }

    [Fact]
    public void Retry_opens_the_file_once_the_other_copy_has_closed()
    {
        using var temp = new TempStore();
        var running = temp.Open();
        Assert.Null(running.Problem);
        using var second = temp.Open();
        Assert.False(second.IsAvailable);

        running.Dispose();
        var recovered = second.Retry();

        Assert.True(recovered);
        Assert.Null(second.Problem);
    }

    [Fact]
    public void File_from_a_newer_version_is_refused_with_advice()
    {
        using var temp = new TempStore();
        using (var store = temp.Open())
        {
            Assert.Null(store.Problem);
        }
        using (var raw = new SqliteConnection($"Data Source={temp.FilePath};Pooling=False"))
        {
            raw.Open();
            using var cmd = raw.CreateCommand();
            cmd.CommandText = "UPDATE schema_version SET version = 999;";
            cmd.ExecuteNonQuery();
        }

        using var reopened = temp.Open();

        Assert.Contains("newer version", reopened.Problem);
    }

    private static long ReadSchemaVersion(string path)
    {
        using var raw = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        raw.Open();
        using var cmd = raw.CreateCommand();
        cmd.CommandText = "SELECT version FROM schema_version;";
        return (long)cmd.ExecuteScalar()!;
    }
}
