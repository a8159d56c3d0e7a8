namespace Overlay.Web.Storage;

/// <summary>
/// The schema, as an append-only list: entry N moves a database from version N to N+1. Never edit a shipped
/// entry; add a new one. Each runs in the same transaction as its schema_version bump, so a crash mid-upgrade
/// leaves the previous version intact and the next start simply runs it again.
/// </summary>
internal static class StoreMigrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE connection_settings (
            id         INTEGER PRIMARY KEY CHECK (id = 1),
            unique_id  TEXT NOT NULL,
            api_key    TEXT NOT NULL,
            jwt_key    TEXT NOT NULL,
            demo       INTEGER NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE widget_instances (
            slug          TEXT PRIMARY KEY COLLATE NOCASE,
            kind          TEXT NOT NULL,
            name          TEXT NOT NULL,
            settings_json TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL
        );
        CREATE TABLE goal_progress (
            slug       TEXT PRIMARY KEY COLLATE NOCASE,
            room_id    TEXT NOT NULL,
            likes      INTEGER NOT NULL,
            target     INTEGER NOT NULL,
            updated_at TEXT NOT NULL
        );
        """,
        // Leaderboards (top gifters, top likers): one row per viewer per board, and the room the stream boards
        // belong to in meta ('leaderboard_room').
        """
        CREATE TABLE leaderboard_scores (
            board      TEXT NOT NULL,
            user_id    TEXT NOT NULL,
            nickname   TEXT NOT NULL,
            avatar_url TEXT,
            score      INTEGER NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (board, user_id)
        );
        CREATE INDEX leaderboard_scores_rank ON leaderboard_scores (board, score DESC);
        """,
        // Goals count more than likes: "likes" now holds the count of the goal's metric, and the admin's reset and
        // "set progress" are a baseline subtracted from it.
        """
        ALTER TABLE goal_progress ADD COLUMN metric TEXT NOT NULL DEFAULT 'Likes';
        ALTER TABLE goal_progress ADD COLUMN baseline INTEGER NOT NULL DEFAULT 0;
        """,
        // The gift catalogue: every gift seen in a frame (learned), bounded by last_seen.
        """
        CREATE TABLE gift_catalog (
            gift_id     TEXT PRIMARY KEY,
            name        TEXT NOT NULL,
            diamonds    INTEGER NOT NULL,
            picture_url TEXT,
            first_seen  TEXT NOT NULL,
            last_seen   TEXT NOT NULL
        );
        CREATE INDEX gift_catalog_last_seen ON gift_catalog (last_seen DESC);
        """,
        // The first-run checklist is for a fresh store: an install that already seeded its widgets has done it all.
        """
        INSERT INTO meta (key, value)
        SELECT 'first_run:dismissed', 'existing install' WHERE EXISTS (SELECT 1 FROM meta WHERE key LIKE 'widgets_seeded%');
        """,
        // Actions & Events rules, in the admin's order; each rule is one JSON document (Rules/Model) whose
        // secrets (webhook keys) are encrypted by SecretProtector before they are written.
        """
        CREATE TABLE rules (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            position   INTEGER NOT NULL,
            rule_json  TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """,
    ];
}
