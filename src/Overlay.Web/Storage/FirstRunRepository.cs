using System.Globalization;

namespace Overlay.Web.Storage;

/// <summary>Which steps of the first-run checklist are done, as <c>first_run:&lt;step&gt;</c> markers in <c>meta</c>.</summary>
public sealed class FirstRunRepository(OverlayStore store)
{
    private const string Prefix = "first_run:";

    public IReadOnlySet<string> LoadDone() => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT key FROM meta WHERE key LIKE 'first_run:%';";
        using var reader = cmd.ExecuteReader();
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            done.Add(reader.GetString(0)[Prefix.Length..]);
        }
        return (IReadOnlySet<string>)done;
    });

    /// <summary>Marks <paramref name="step"/> done; the first time wins, so the stored time is when it happened.</summary>
    public void MarkDone(string step) => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO meta (key, value) VALUES ($key, $at) ON CONFLICT (key) DO NOTHING;";
        cmd.Parameters.AddWithValue("$key", Prefix + step);
        cmd.Parameters.AddWithValue("$at", store.Now.ToString("O", CultureInfo.InvariantCulture));
        cmd.ExecuteNonQuery();
    });
}
