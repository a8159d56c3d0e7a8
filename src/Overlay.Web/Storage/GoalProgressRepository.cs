using System.Globalization;

namespace Overlay.Web.Storage;

/// <summary>Like goal progress per widget instance. Callers save at most every few seconds, not per like.</summary>
public sealed class GoalProgressRepository(OverlayStore store)
{
    public GoalProgress? Find(string slug) => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT slug, room_id, likes, target FROM goal_progress WHERE slug = $slug;";
        cmd.Parameters.AddWithValue("$slug", slug);
        using var reader = cmd.ExecuteReader();
        return reader.Read()
            ? new GoalProgress(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3))
            : null;
    });

    public void Save(GoalProgress progress) => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO goal_progress (slug, room_id, likes, target, updated_at) VALUES ($slug, $room, $likes, $target, $at)
            ON CONFLICT (slug) DO UPDATE SET room_id = excluded.room_id, likes = excluded.likes,
                target = excluded.target, updated_at = excluded.updated_at;
            """;
        cmd.Parameters.AddWithValue("$slug", progress.Slug);
        cmd.Parameters.AddWithValue("$room", progress.RoomId);
        cmd.Parameters.AddWithValue("$likes", progress.Likes);
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
