using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Overlay.Web.Storage;

/// <summary>
/// Leaderboard scores per board and viewer. Written in batches by the leaderboard tracker every few seconds,
/// never per event; each board keeps only its best <c>keep</c> rows, so the file stays small.
/// </summary>
public sealed class LeaderboardRepository(OverlayStore store)
{
    private const string RoomKey = "leaderboard_room";

    /// <summary>The best <paramref name="limit"/> scores of a board, best first.</summary>
    public IReadOnlyList<LeaderboardScore> LoadTop(string board, int limit) => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            SELECT board, user_id, nickname, avatar_url, score FROM leaderboard_scores
            WHERE board = $board ORDER BY score DESC, user_id LIMIT $limit;
            """;
        cmd.Parameters.AddWithValue("$board", board);
        cmd.Parameters.AddWithValue("$limit", limit);
        using var reader = cmd.ExecuteReader();
        var scores = new List<LeaderboardScore>();
        while (reader.Read())
        {
            scores.Add(new LeaderboardScore(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt64(4)));
        }
        return scores;
    });

    /// <summary>The room the stream boards belong to; "" before the first roomInfo ever.</summary>
    public string LoadRoomId() => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT value FROM meta WHERE key = $key;";
        cmd.Parameters.AddWithValue("$key", RoomKey);
        return cmd.ExecuteScalar() as string ?? "";
    });

    public void Save(LeaderboardBatch batch, int keep) => store.Transact((c, tx) =>
    {
        var at = store.Now.ToString("O", CultureInfo.InvariantCulture);
        foreach (var board in batch.ClearedBoards)
        {
            Run(c, tx, "DELETE FROM leaderboard_scores WHERE board = $board;", ("$board", board));
        }
        using (var upsert = c.CreateCommand())
        {
            upsert.Transaction = tx;
            upsert.CommandText = """
                INSERT INTO leaderboard_scores (board, user_id, nickname, avatar_url, score, updated_at)
                VALUES ($board, $user, $nickname, $avatar, $score, $at)
                ON CONFLICT (board, user_id) DO UPDATE SET nickname = excluded.nickname,
                    avatar_url = excluded.avatar_url, score = excluded.score, updated_at = excluded.updated_at;
                """;
            var board = upsert.Parameters.Add("$board", SqliteType.Text);
            var user = upsert.Parameters.Add("$user", SqliteType.Text);
            var nickname = upsert.Parameters.Add("$nickname", SqliteType.Text);
            var avatar = upsert.Parameters.Add("$avatar", SqliteType.Text);
            var score = upsert.Parameters.Add("$score", SqliteType.Integer);
            upsert.Parameters.AddWithValue("$at", at);
            foreach (var s in batch.Scores)
            {
                board.Value = s.Board;
                user.Value = s.UserId;
                nickname.Value = s.Nickname;
                avatar.Value = (object?)s.AvatarUrl ?? DBNull.Value;
                score.Value = s.Score;
                upsert.ExecuteNonQuery();
            }
        }
        foreach (var board in batch.Scores.Select(s => s.Board).Distinct())
        {
            Run(c, tx, """
                DELETE FROM leaderboard_scores WHERE board = $board AND user_id NOT IN
                    (SELECT user_id FROM leaderboard_scores WHERE board = $board ORDER BY score DESC, user_id LIMIT $keep);
                """, ("$board", board), ("$keep", keep));
        }
        Run(c, tx, "INSERT INTO meta (key, value) VALUES ($key, $room) ON CONFLICT (key) DO UPDATE SET value = excluded.value;",
            ("$key", RoomKey), ("$room", batch.RoomId));
    });

    private static void Run(SqliteConnection c, SqliteTransaction tx, string sql, params (string Name, object Value)[] parameters)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }
        cmd.ExecuteNonQuery();
    }
}
