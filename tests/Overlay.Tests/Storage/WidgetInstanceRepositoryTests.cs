using Overlay.Web.Widgets;
using Microsoft.Data.Sqlite;
using Overlay.Web.Storage;

namespace Overlay.Tests.Storage;

public sealed class WidgetInstanceRepositoryTests
{
    [Fact]
    public void Upserted_widget_is_listed_and_found_by_slug_ignoring_case()
    {
        using var temp = new TempStore();
        var repo = new WidgetInstanceRepository(temp.Open());

        repo.Upsert(new StoredWidget("gifts", WidgetKinds.GiftAlert, "Gifts", """{"displaySeconds":7}"""));

        Assert.Equal("Gifts", Assert.Single(repo.List()).Name);
        Assert.Equal("""{"displaySeconds":7}""", repo.Find("GIFTS")?.SettingsJson);
    }

    [Fact]
    public void Upsert_of_an_existing_slug_replaces_name_and_settings()
    {
        using var temp = new TempStore();
        var repo = new WidgetInstanceRepository(temp.Open());
        repo.Upsert(new StoredWidget("chat", WidgetKinds.ChatTicker, "Chat", "{}"));

        repo.Upsert(new StoredWidget("chat", WidgetKinds.ChatTicker, "Chat (big)", """{"maxRows":50}"""));

        var only = Assert.Single(repo.List());
        Assert.Equal(("Chat (big)", """{"maxRows":50}"""), (only.Name, only.SettingsJson));
    }

    [Fact]
    public void Delete_removes_the_widget_and_its_goal_progress()
    {
        using var temp = new TempStore();
        var store = temp.Open();
        var repo = new WidgetInstanceRepository(store);
        var goals = new GoalProgressRepository(store);
        repo.Upsert(new StoredWidget("likes", WidgetKinds.LikeGoal, "Likes", "{}"));
        goals.Save(new GoalProgress("likes", "Likes", "room1", 500, 0, 1000));

        var deleted = repo.Delete("likes");

        Assert.True(deleted);
        Assert.Empty(repo.List());
        Assert.Null(goals.Find("likes"));
    }

    [Fact]
    public void Seed_is_stored_on_the_first_start_only()
    {
        using var temp = new TempStore();
        var repo = new WidgetInstanceRepository(temp.Open());
        StoredWidget[] defaults = [new("chat", WidgetKinds.ChatTicker, "Chat", "{}"), new("gifts", WidgetKinds.GiftAlert, "Gifts", "{}")];
        repo.SeedOnce(defaults);
        repo.Delete("chat");

        var after = repo.SeedOnce(defaults);

        Assert.Equal("gifts", Assert.Single(after).Slug);
    }

    [Fact]
    public void A_default_kind_added_by_a_newer_version_appears_once_on_an_existing_install()
    {
        using var temp = new TempStore();
        var store = temp.Open();
        var repo = new WidgetInstanceRepository(store);
        StoredWidget[] before = [new("gift-alert", WidgetKinds.GiftAlert, "Gifts", "{}"), new("like-goal", WidgetKinds.LikeGoal, "Likes", "{}")];
        repo.SeedOnce(before);
        repo.Delete("like-goal");
        // What an earlier version left: one marker for all its defaults, no per-widget markers.
        store.Transact((c, tx) =>
        {
            using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "DELETE FROM meta WHERE key LIKE 'widgets_seeded:%';";
            cmd.ExecuteNonQuery();
        });
        StoredWidget[] now = [.. before, new("pk-battle", WidgetKinds.PkBattle, "PK battle", "{}")];

        var upgraded = repo.SeedOnce(now);
        repo.Delete("pk-battle");
        var later = repo.SeedOnce(now);

        Assert.Equal(["gift-alert", "pk-battle"], upgraded.Select(w => w.Slug).Order());
        Assert.Equal("gift-alert", Assert.Single(later).Slug);
    }

    [Fact]
    public void Row_of_an_unknown_kind_is_skipped_not_fatal()
    {
        using var temp = new TempStore();
        var store = temp.Open();
        var repo = new WidgetInstanceRepository(store);
        repo.Upsert(new StoredWidget("chat", WidgetKinds.ChatTicker, "Chat", "{}"));
        store.Transact((c, tx) =>
        {
            using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO widget_instances VALUES ('future', 'Hologram', 'Future', '{}', 'x', 'x');";
            cmd.ExecuteNonQuery();
        });

        var list = repo.List();

        Assert.Equal("chat", Assert.Single(list).Slug);
    }
}
