using System.Text.Json;
using System.Text.Json.Nodes;
using Overlay.Web.Rules;
using Overlay.Web.Rules.Model;

namespace Overlay.Web.Backup;

/// <summary>
/// The Actions &amp; Events rules, in the rules export's own format; webhook keys only as secrets. A rule in the
/// file replaces the rule of the same name here (rules have no address of their own); others are added.
/// </summary>
public sealed class RulesBackupSection(RuleBook book) : IBackupSection
{
    public string Name => "rules";

    public JsonNode Export(IDictionary<string, string> secrets)
    {
        var rules = book.All;
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = 0; j < rules[i].Actions.Count; j++)
            {
                if (rules[i].Actions[j].Secret.Length > 0)
                {
                    secrets[SecretKey(i, j)] = rules[i].Actions[j].Secret;
                }
            }
        }
        return JsonNode.Parse(book.Export())!;
    }

    public BackupSectionPlan Plan(JsonNode? node, IReadOnlyDictionary<string, string> secrets)
    {
        if (node is not JsonObject || node["Rules"] is not JsonArray && node["rules"] is not JsonArray)
        {
            throw new BackupFormatException("\"rules\" must be a rules export.");
        }
        IReadOnlyList<Rule> incoming = [];
        if ((node["Rules"] ?? node["rules"]) is JsonArray { Count: > 0 })
        {
            try
            {
                incoming = RuleBook.Parse(node.ToJsonString()).Rules;
            }
            catch (RuleRejectedException ex)
            {
                throw new BackupFormatException("Actions & Events: " + string.Join(" ", ex.Problems.Take(10)));
            }
        }
        // Parse gives every action a fresh id and no secret; the file's sealed secrets go back by position.
        incoming = [.. incoming.Select((rule, i) => rule with
        {
            Actions = [.. rule.Actions.Select((a, j) => secrets.TryGetValue(SecretKey(i, j), out var secret) ? a with { Secret = secret } : a)],
        })];
        var local = book.All;
        var changes = new List<BackupChange>();
        var plan = new List<Rule>();
        foreach (var rule in incoming)
        {
            var same = local.FirstOrDefault(r => string.Equals(r.Name, rule.Name, StringComparison.OrdinalIgnoreCase));
            if (same is null)
            {
                changes.Add(new BackupChange(rule.Name, BackupChangeKind.Added, rule.Trigger.Kind.ToString()));
                plan.Add(rule with { Id = 0 });
            }
            else if (Comparable(same) == Comparable(rule) && rule.Actions.All(a => a.Secret.Length == 0))
            {
                changes.Add(new BackupChange(rule.Name, BackupChangeKind.Kept, "the same here"));
            }
            else
            {
                changes.Add(new BackupChange(rule.Name, BackupChangeKind.Replaced, rule.Trigger.Kind.ToString()));
                plan.Add(rule with { Id = same.Id });
            }
        }
        changes.AddRange(local.Where(r => incoming.All(i => !string.Equals(i.Name, r.Name, StringComparison.OrdinalIgnoreCase)))
            .Select(r => new BackupChange(r.Name, BackupChangeKind.Kept, "not in the file")));
        return new BackupSectionPlan("Actions & Events", changes, [], () =>
        {
            foreach (var rule in plan)
            {
                book.Save(rule);
            }
        });
    }

    private static string SecretKey(int rule, int action) => $"rules.{rule}.{action}";

    // What a rule does, without what differs between two copies of it (ids, secrets).
    private static string Comparable(Rule rule) => JsonSerializer.Serialize(
        rule with { Id = 0, Actions = [.. rule.Actions.Select(a => a with { Id = "", Secret = "" })] }, RulesJson.Default.Rule);
}
