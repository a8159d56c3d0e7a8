using System.Text.Json.Nodes;
using Overlay.Web.Admin;

namespace Overlay.Web.Backup;

/// <summary>The LIVE to follow and demo mode; the API key and JWT only as secrets.</summary>
public sealed class ConnectionBackupSection(StoredConnectionSettingsSource connection) : IBackupSection
{
    public const string ApiKeySecret = "connection.apiKey";
    public const string JwtSecret = "connection.jwtKey";

    public string Name => "connection";

    public JsonNode Export(IDictionary<string, string> secrets)
    {
        var current = connection.Current;
        if (current.ApiKey.Length > 0)
        {
            secrets[ApiKeySecret] = current.ApiKey;
        }
        if (current.JwtKey.Length > 0)
        {
            secrets[JwtSecret] = current.JwtKey;
        }
        return new JsonObject { ["uniqueId"] = current.UniqueId, ["demo"] = current.Demo };
    }

    public BackupSectionPlan Plan(JsonNode? node, IReadOnlyDictionary<string, string> secrets)
    {
        if (node is not JsonObject)
        {
            throw new BackupFormatException("\"connection\" must be an object.");
        }
        var edit = new ConnectionSettingsEdit
        {
            UniqueId = BackupJson.Text(node, "uniqueId") ?? "",
            Demo = BackupJson.Flag(node, "demo") ?? false,
            NewApiKey = secrets.GetValueOrDefault(ApiKeySecret),
            NewJwtKey = secrets.GetValueOrDefault(JwtSecret),
        };
        if (edit.Validate() is { Count: > 0 } problems)
        {
            throw new BackupFormatException("Connection: " + string.Join(" ", problems));
        }
        var current = connection.Current;
        var changes = new List<BackupChange>
        {
            edit.NormalizedUniqueId == current.UniqueId && edit.Demo == current.Demo
                ? new BackupChange("Username and demo mode", BackupChangeKind.Kept, "the same here")
                : new BackupChange("Username and demo mode", BackupChangeKind.Replaced,
                    $"@{(current.UniqueId.Length > 0 ? current.UniqueId : "(none)")} → @{(edit.NormalizedUniqueId.Length > 0 ? edit.NormalizedUniqueId : "(none)")}"),
        };
        foreach (var (secret, label) in new[] { (edit.NewApiKey, "API key"), (edit.NewJwtKey, "JWT") })
        {
            changes.Add(secret is null
                ? new BackupChange(label, BackupChangeKind.Kept, "not in the file")
                : new BackupChange(label, BackupChangeKind.Replaced, "from the file's secrets"));
        }
        return new BackupSectionPlan("Connection", changes, [], () => connection.Save(edit));
    }
}
