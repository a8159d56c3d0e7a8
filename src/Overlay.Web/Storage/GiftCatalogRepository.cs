using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Overlay.Web.Storage;

/// <summary>The learned gift catalogue on disk, written in batches; only the <c>keep</c> most recently seen gifts stay.</summary>
public sealed class GiftCatalogRepository(OverlayStore store)
{
    public IReadOnlyList<CatalogGift> LoadAll(int limit) => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT gift_id, name, diamonds, picture_url, first_seen, last_seen FROM gift_catalog ORDER BY last_seen DESC LIMIT $limit;";
        cmd.Parameters.AddWithValue("$limit", limit);
        using var reader = cmd.ExecuteReader();
        var gifts = new List<CatalogGift>();
        while (reader.Read())
        {
            gifts.Add(new CatalogGift(reader.GetString(0), reader.GetString(1), (int)Math.Clamp(reader.GetInt64(2), 0, int.MaxValue),
                reader.IsDBNull(3) ? null : reader.GetString(3), Parse(reader.GetString(4)), Parse(reader.GetString(5))));
        }
        return gifts;
    });

    /// <summary>Stores <paramref name="gifts"/> (new or changed) in one transaction, then trims to <paramref name="keep"/>.</summary>
    public void Save(IReadOnlyCollection<CatalogGift> gifts, int keep) => store.Transact((c, tx) =>
    {
        using var upsert = c.CreateCommand();
        upsert.Transaction = tx;
        upsert.CommandText = """
            INSERT INTO gift_catalog (gift_id, name, diamonds, picture_url, first_seen, last_seen)
            VALUES ($id, $name, $diamonds, $picture, $first, $last)
            ON CONFLICT (gift_id) DO UPDATE SET name = excluded.name, diamonds = excluded.diamonds,
                picture_url = coalesce(excluded.picture_url, gift_catalog.picture_url), last_seen = excluded.last_seen;
            """;
        var id = upsert.Parameters.Add("$id", SqliteType.Text);
        var name = upsert.Parameters.Add("$name", SqliteType.Text);
        var diamonds = upsert.Parameters.Add("$diamonds", SqliteType.Integer);
        var picture = upsert.Parameters.Add("$picture", SqliteType.Text);
        var first = upsert.Parameters.Add("$first", SqliteType.Text);
        var last = upsert.Parameters.Add("$last", SqliteType.Text);
        foreach (var gift in gifts)
        {
            id.Value = gift.GiftId;
            name.Value = gift.Name;
            diamonds.Value = gift.Diamonds;
            picture.Value = (object?)gift.PictureUrl ?? DBNull.Value;
            first.Value = Stamp(gift.FirstSeen);
            last.Value = Stamp(gift.LastSeen);
            upsert.ExecuteNonQuery();
        }
        using var trim = c.CreateCommand();
        trim.Transaction = tx;
        trim.CommandText = "DELETE FROM gift_catalog WHERE gift_id NOT IN (SELECT gift_id FROM gift_catalog ORDER BY last_seen DESC LIMIT $keep);";
        trim.Parameters.AddWithValue("$keep", keep);
        trim.ExecuteNonQuery();
    });

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : DateTimeOffset.UnixEpoch;
}
