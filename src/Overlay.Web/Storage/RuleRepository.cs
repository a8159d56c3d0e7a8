using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Overlay.Web.Rules;
using Overlay.Web.Rules.Model;

namespace Overlay.Web.Storage;

/// <summary>
/// Actions &amp; Events rules on disk, in the admin's order. Webhook secrets are encrypted with
/// <see cref="SecretProtector"/> on the way in and decrypted on the way out; the rest is the rule's JSON.
/// </summary>
public sealed class RuleRepository(OverlayStore store, SecretProtector secrets)
{
    public IReadOnlyList<Rule> LoadAll() => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT id, rule_json FROM rules ORDER BY position, id;";
        using var reader = cmd.ExecuteReader();
        var rules = new List<Rule>();
        while (reader.Read())
        {
            if (Read(reader.GetString(1)) is { } rule)
            {
                rules.Add(rule with { Id = reader.GetInt64(0), Actions = [.. rule.Actions.Select(Decrypt)] });
            }
        }
        return rules;
    });

    /// <summary>Adds <paramref name="rules"/> after the existing ones, in one transaction; returns them with their new ids.</summary>
    public IReadOnlyList<Rule> Add(IReadOnlyList<Rule> rules) => store.Transact((c, tx) =>
    {
        using var max = c.CreateCommand();
        max.Transaction = tx;
        max.CommandText = "SELECT coalesce(max(position), -1) FROM rules;";
        var position = Convert.ToInt64(max.ExecuteScalar(), CultureInfo.InvariantCulture);
        var added = new List<Rule>();
        foreach (var rule in rules)
        {
            using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO rules (position, rule_json, created_at, updated_at) VALUES ($pos, $json, $at, $at) RETURNING id;";
            cmd.Parameters.AddWithValue("$pos", ++position);
            cmd.Parameters.AddWithValue("$json", Write(rule with { Id = 0 }));
            cmd.Parameters.AddWithValue("$at", Stamp());
            var id = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
            added.Add(rule with { Id = id });
        }
        return added;
    });

    /// <summary>False when the rule is no longer there.</summary>
    public bool Update(Rule rule) => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "UPDATE rules SET rule_json = $json, updated_at = $at WHERE id = $id;";
        cmd.Parameters.AddWithValue("$id", rule.Id);
        cmd.Parameters.AddWithValue("$json", Write(rule with { Id = 0 }));
        cmd.Parameters.AddWithValue("$at", Stamp());
        return cmd.ExecuteNonQuery() == 1;
    });

    public bool Delete(long id) => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "DELETE FROM rules WHERE id = $id;";
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteNonQuery() == 1;
    });

    /// <summary>Stores the admin's order: <paramref name="ids"/> first to last.</summary>
    public void SaveOrder(IReadOnlyList<long> ids) => store.Transact((c, tx) =>
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "UPDATE rules SET position = $pos WHERE id = $id;";
        var pos = cmd.Parameters.Add("$pos", SqliteType.Integer);
        var id = cmd.Parameters.Add("$id", SqliteType.Integer);
        for (var i = 0; i < ids.Count; i++)
        {
            pos.Value = i;
            id.Value = ids[i];
            cmd.ExecuteNonQuery();
        }
    });

    private string Write(Rule rule) =>
        JsonSerializer.Serialize(rule with { Actions = [.. rule.Actions.Select(a => a with { Secret = secrets.Protect(a.Secret) })] }, RulesJson.Default.Rule);

    private RuleAction Decrypt(RuleAction action) => action.Secret.Length == 0 ? action : action with { Secret = secrets.Unprotect(action.Secret, quiet: true).Value };

    private static Rule? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, RulesJson.Default.Rule);
        }
        catch (JsonException)
        {
            return null; // A row this version cannot read is skipped, never a crash at start.
        }
    }

    private string Stamp() => store.Now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
