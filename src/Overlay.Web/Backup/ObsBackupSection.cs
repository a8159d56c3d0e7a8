using System.Text.Json.Nodes;
using Overlay.Web.Obs.Client;
using Overlay.Web.Obs.Settings;

namespace Overlay.Web.Backup;

/// <summary>Where OBS is and whether the app controls it; the password only as a secret.</summary>
public sealed class ObsBackupSection(ObsSettingsRepository settings, ObsConnection obs) : IBackupSection
{
    public const string PasswordSecret = "obs.password";

    public string Name => "obs";

    public JsonNode Export(IDictionary<string, string> secrets)
    {
        var current = settings.Get();
        if (current.Password.Length > 0)
        {
            secrets[PasswordSecret] = current.Password;
        }
        return new JsonObject { ["host"] = current.Host, ["port"] = current.Port, ["enabled"] = current.Enabled };
    }

    public BackupSectionPlan Plan(JsonNode? node, IReadOnlyDictionary<string, string> secrets)
    {
        if (node is not JsonObject)
        {
            throw new BackupFormatException("\"obs\" must be an object.");
        }
        var edit = new ObsSettingsEdit
        {
            Host = BackupJson.Text(node, "host") ?? ObsSettings.DefaultHost,
            Port = (int)Math.Clamp(BackupJson.Integer(node, "port") ?? ObsSettings.DefaultPort, 0, 65536),
            Enabled = BackupJson.Flag(node, "enabled") ?? false,
            NewPassword = secrets.GetValueOrDefault(PasswordSecret),
        };
        if (edit.Validate() is { Count: > 0 } problems)
        {
            throw new BackupFormatException("OBS: " + string.Join(" ", problems));
        }
        var current = settings.Get();
        var next = edit.ApplyTo(current);
        var changes = new List<BackupChange>
        {
            next.Host == current.Host && next.Port == current.Port && next.Enabled == current.Enabled
                ? new BackupChange("OBS connection", BackupChangeKind.Kept, "the same here")
                : new BackupChange("OBS connection", BackupChangeKind.Replaced, $"{next.Address}, {(next.Enabled ? "on" : "off")}"),
            edit.NewPassword is null
                ? new BackupChange("OBS password", BackupChangeKind.Kept, "not in the file")
                : new BackupChange("OBS password", BackupChangeKind.Replaced, "from the file's secrets"),
        };
        return new BackupSectionPlan("OBS", changes, [], () => obs.Save(edit.ApplyTo(settings.Get())));
    }
}
