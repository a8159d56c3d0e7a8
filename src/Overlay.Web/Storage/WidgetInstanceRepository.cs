using Overlay.Web.Widgets;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Overlay.Web.Storage;

/// <summary>The widget instances a streamer created, each with its settings.</summary>
public sealed class WidgetInstanceRepository(OverlayStore store)
{
    private const string SeededMarker = "widgets_seeded";

    public IReadOnlyList<StoredWidget> List() => store.Transact((c, tx) => ReadAll(c, tx));

    public StoredWidget? Find(string slug) => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT slug, kind, name, settings_json FROM widget_instances WHERE slug = $slug;";
        cmd.Parameters.AddWithValue("$slug", slug);
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? ToWidget(reader) : null;
    });

    /// <summary>Inserts the widget, or replaces the kind, name and settings of the one with its slug.</summary>
    public void Upsert(StoredWidget widget) => store.Transact((c, tx) => Write(c, tx, widget, overwrite: true));

    /// <summary>Deletes the widget and its goal progress; false when there was no such widget.</summary>
    public bool Delete(string slug) => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "DELETE FROM goal_progress WHERE slug = $slug; DELETE FROM widget_instances WHERE slug = $slug;";
        cmd.Parameters.AddWithValue("$slug", slug);
        return cmd.ExecuteNonQuery() > 0;
    });

    /// <summary>
    /// Stores each default widget (built from appsettings.json) the first time the app knows of it, and never
    /// again, so a widget the streamer deleted stays deleted while a default kind added by a newer version (PK
    /// battle, captions) still appears on an existing install. Returns what is stored.
    /// </summary>
    public IReadOnlyList<StoredWidget> SeedOnce(IEnumerable<StoredWidget> defaults) => store.Transact((c, tx) =>
    {
        // Versions before per-widget markers seeded these three under one marker: they count as seeded.
        var legacy = ReadMarker(c, tx, SeededMarker);
        foreach (var widget in defaults)
        {
            var first = Mark(c, tx, SeededMarker + ":" + widget.Slug);
            if (first && !(legacy && LegacyDefaults.Contains(widget.Slug)))
            {
                Write(c, tx, widget, overwrite: false);
            }
        }
        Mark(c, tx, SeededMarker);
        return ReadAll(c, tx);
    });

    private static readonly string[] LegacyDefaults = ["gift-alert", "chat-ticker", "like-goal"];

    private static bool ReadMarker(SqliteConnection c, SqliteTransaction tx, string key)
    {
        using var read = c.CreateCommand();
        read.Transaction = tx;
        read.CommandText = "SELECT 1 FROM meta WHERE key = $key;";
        read.Parameters.AddWithValue("$key", key);
        return read.ExecuteScalar() is not null;
    }

    /// <summary>Sets the marker; true when it was not set before.</summary>
    private bool Mark(SqliteConnection c, SqliteTransaction tx, string key)
    {
        using var mark = c.CreateCommand();
        mark.Transaction = tx;
        mark.CommandText = "INSERT INTO meta (key, value) VALUES ($key, $at) ON CONFLICT (key) DO NOTHING;";
        mark.Parameters.AddWithValue("$key", key);
        mark.Parameters.AddWithValue("$at", Stamp());
        return mark.ExecuteNonQuery() > 0;
    }

    private void Write(SqliteConnection c, SqliteTransaction tx, StoredWidget widget, bool overwrite)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"""
            INSERT INTO widget_instances (slug, kind, name, settings_json, created_at, updated_at)
            VALUES ($slug, $kind, $name, $json, $at, $at)
            ON CONFLICT (slug) DO {(overwrite
                ? "UPDATE SET kind = excluded.kind, name = excluded.name, settings_json = excluded.settings_json, updated_at = excluded.updated_at"
                : "NOTHING")};
            """;
        cmd.Parameters.AddWithValue("$slug", widget.Slug);
        cmd.Parameters.AddWithValue("$kind", widget.Kind.Name);
        cmd.Parameters.AddWithValue("$name", widget.Name);
        cmd.Parameters.AddWithValue("$json", widget.SettingsJson);
        cmd.Parameters.AddWithValue("$at", Stamp());
        cmd.ExecuteNonQuery();
    }

    private string Stamp() => store.Now.ToString("O", CultureInfo.InvariantCulture);

    private static List<StoredWidget> ReadAll(SqliteConnection c, SqliteTransaction tx)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT slug, kind, name, settings_json FROM widget_instances ORDER BY created_at, slug;";
        using var reader = cmd.ExecuteReader();
        var list = new List<StoredWidget>();
        while (reader.Read())
        {
            if (ToWidget(reader) is { } widget)
            {
                list.Add(widget);
            }
        }
        return list;
    }

    // A kind this version does not know (written by a newer one) is skipped rather than failing the whole list.
    private static StoredWidget? ToWidget(SqliteDataReader reader) =>
        WidgetKinds.Find(reader.GetString(1)) is { } kind
            ? new StoredWidget(reader.GetString(0), kind, reader.GetString(2), reader.GetString(3))
            : null;
}
