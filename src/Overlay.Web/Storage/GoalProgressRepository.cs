using System.Globalization;

namespace Overlay.Web.Storage;

/// <summary>Goal progress per widget instance. Callers save at most every few seconds, not per event.</summary>
public sealed class GoalProgressRepository(OverlayStore store)
{
    public GoalProgress? Find(string slug) => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        // The "likes" column holds the count of whatever the goal counts; it kept its first name (StoreMigrations).
        cmd.CommandText = "SELECT slug, metric, room_id, likes, baseline, target FROM goal_progress WHERE slug = $slug;";
        cmd.Parameters.AddWithValue("$slug", slug);
        using var reader = cmd.ExecuteReader();
        return reader.Read()
            ? new GoalProgress(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5))
            : null;
    });

    public void Save(GoalProgress progress) => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO goal_progress (slug, metric, room_id, likes, baseline, target, updated_at)
            VALUES ($slug, $metric, $room, $count, $baseline, $target, $at)
            ON CONFLICT (slug) DO UPDATE SET metric = excluded.metric, room_id = excluded.room_id, likes = excluded.likes,
                baseline = excluded.baseline, target = excluded.target, updated_at = excluded.updated_at;
            """;
        cmd.Parameters.AddWithValue("$slug", progress.Slug);
        cmd.Parameters.AddWithValue("$metric", progress.Metric);
        cmd.Parameters.AddWithValue("$room", progress.RoomId);
        cmd.Parameters.AddWithValue("$count", progress.Count);
        cmd.Parameters.AddWithValue("$baseline", progress.Baseline);
        cmd.Parameters.AddWithValue("$target", progress.Target);
        cmd.Parameters.AddWithValue("$at", store.Now.ToString("O", CultureInfo.InvariantCulture));
        cmd.ExecuteNonQuery();
    });

    public void Reset(string slug) => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "DELETE FROM goal_progress WHERE slug = $slug;";
        cmd.Parameters.AddWithValue("$slug", slug);
        cmd.ExecuteNonQuery();
    });
}
