using System.Text.Json.Nodes;
using Overlay.Web.Widgets;

namespace Overlay.Web.Backup;

/// <summary>
/// Every widget instance: kind, name and settings (its look, alert types and gift variations, goal targets, media
/// names). Import adds the file's widgets and replaces those with the same address; widgets only here are kept.
/// </summary>
public sealed class WidgetsBackupSection(WidgetInstanceService widgets) : IBackupSection
{
    public const int MaxWidgets = 500;

    public string Name => "widgets";

    public JsonNode Export(IDictionary<string, string> secrets) => new JsonArray([.. widgets.List().Select(e => (JsonNode)new JsonObject
    {
        ["slug"] = e.Instance.Slug,
        ["kind"] = e.Instance.Kind.Name,
        ["name"] = e.Instance.Name,
        ["settings"] = JsonNode.Parse(e.Instance.Kind.Form.Serialize(e.Settings)),
    })]);

    public BackupSectionPlan Plan(JsonNode? node, IReadOnlyDictionary<string, string> secrets)
    {
        if (node is not JsonArray items)
        {
            throw new BackupFormatException("\"widgets\" must be a list.");
        }
        if (items.Count > MaxWidgets)
        {
            throw new BackupFormatException($"The backup lists {items.Count} widgets; at most {MaxWidgets} can be imported.");
        }
        var incoming = new List<(string Slug, WidgetKind Kind, string Name, object Settings)>();
        var problems = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var slug = BackupJson.Text(item, "slug") ?? "";
            var where = $"Widget {i + 1}" + (slug.Length > 0 && slug.Length <= WidgetSlug.MaxLength + 8 ? $" ({slug})" : "");
            if (slug.Length == 0 || WidgetSlug.From(slug, _ => false) != slug)
            {
                problems.Add($"{where}: the address must be lower-case letters, digits and dashes.");
                continue;
            }
            if (incoming.Any(w => w.Slug == slug))
            {
                problems.Add($"{where}: the address is listed twice.");
                continue;
            }
            if (WidgetKinds.Find(BackupJson.Text(item, "kind") ?? "") is not { } kind)
            {
                problems.Add($"{where}: this version has no widget kind \"{Clip(BackupJson.Text(item, "kind") ?? "")}\".");
                continue;
            }
            if (item!["settings"] is not JsonObject settingsJson)
            {
                problems.Add($"{where}: it has no settings.");
                continue;
            }
            var settings = kind.Form.Deserialize(settingsJson.ToJsonString());
            var invalid = kind.Validate(settings, where).ToList();
            if (invalid.Count > 0)
            {
                problems.AddRange(invalid);
                continue;
            }
            incoming.Add((slug, kind, BackupJson.Text(item, "name") ?? kind.DefaultName, settings));
        }
        if (problems.Count > 0)
        {
            throw new BackupFormatException(string.Join(" ", problems.Take(10)) + (problems.Count > 10 ? $" (and {problems.Count - 10} more)" : ""));
        }
        var changes = new List<BackupChange>();
        foreach (var (slug, kind, name, settings) in incoming)
        {
            var current = widgets.Find(slug);
            changes.Add(current is null
                ? new BackupChange(Label(name, slug), BackupChangeKind.Added, kind.DisplayName)
                : current.Instance.Kind != kind || current.Instance.Name != name || kind.Form.Serialize(current.Settings) != kind.Form.Serialize(settings)
                    ? new BackupChange(Label(name, slug), BackupChangeKind.Replaced, Difference(current, kind, name))
                    : new BackupChange(Label(name, slug), BackupChangeKind.Kept, "the same here"));
        }
        foreach (var local in widgets.List().Where(e => incoming.All(w => w.Slug != e.Instance.Slug)))
        {
            changes.Add(new BackupChange(Label(local.Instance.Name, local.Instance.Slug), BackupChangeKind.Kept, "not in the file"));
        }
        return new BackupSectionPlan("Widgets", changes, [], () =>
        {
            foreach (var (slug, kind, name, settings) in incoming)
            {
                widgets.Put(slug, kind, name, settings);
            }
        });
    }

    private static string Label(string name, string slug) => $"{name} (/widgets/{slug})";

    private static string Difference(WidgetEntry current, WidgetKind kind, string name) =>
        current.Instance.Kind != kind ? $"{current.Instance.Kind.DisplayName} → {kind.DisplayName}"
        : current.Instance.Name != name ? "name and settings"
        : "settings";

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
