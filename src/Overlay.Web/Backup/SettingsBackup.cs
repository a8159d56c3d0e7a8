using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overlay.Web.Storage;

namespace Overlay.Web.Backup;

/// <summary>
/// Everything the streamer set up, to one JSON file and back: each registered <see cref="IBackupSection"/>, plus
/// the secrets only when asked for, sealed with a passphrase. Import reads and checks the whole file first and
/// says what would change; applying it first writes the current settings to <c>backups/</c> beside the settings
/// file (without secrets), so a regretted import can be undone by importing that file.
/// </summary>
public sealed partial class SettingsBackup(IEnumerable<IBackupSection> sections, OverlayStore store, TimeProvider time, ILogger<SettingsBackup> logger)
{
    public const string Format = "tiktok-live-overlay-backup";
    public const int Version = 1;
    public const int MaxFileBytes = 5 * 1024 * 1024;
    public const string SafetyFolderName = "backups";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly IReadOnlyList<IBackupSection> _sections = [.. sections];

    /// <summary>The file's name for an export made now.</summary>
    public string FileName() => $"overlay-backup-{time.GetUtcNow().ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture)}.json";

    /// <summary>The backup file; with <paramref name="passphrase"/>, the secrets sealed with it, otherwise none.</summary>
    /// <exception cref="ArgumentException">The passphrase is too short.</exception>
    public byte[] Export(string? passphrase = null)
    {
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        var body = new JsonObject();
        foreach (var section in _sections)
        {
            body[section.Name] = section.Export(secrets);
        }
        var file = new JsonObject
        {
            ["format"] = Format,
            ["version"] = Version,
            ["exportedAt"] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            ["sections"] = body,
        };
        if (passphrase is not null && secrets.Count > 0)
        {
            file["secrets"] = BackupSecretBox.Seal(secrets, passphrase);
        }
        return Encoding.UTF8.GetBytes(file.ToJsonString(Indented));
    }

    /// <summary>Reads and checks <paramref name="file"/>; writes nothing.</summary>
    /// <exception cref="BackupFormatException">The file cannot be imported; the message says why.</exception>
    public BackupPlan Read(ReadOnlySpan<byte> file, string? passphrase)
    {
        if (file.Length > MaxFileBytes)
        {
            throw new BackupFormatException($"The file is larger than {MaxFileBytes / (1024 * 1024)} MB; a backup is far smaller.");
        }
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(file, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw new BackupFormatException($"The file is not valid JSON (line {(ex.LineNumber ?? 0) + 1}).");
        }
        if (BackupJson.Text(root, "format") != Format)
        {
            throw new BackupFormatException("This is not a TikTok LIVE Overlay backup.");
        }
        if (BackupJson.Integer(root, "version") is not { } version || version < 1)
        {
            throw new BackupFormatException("The backup has no valid version.");
        }
        if (version > Version)
        {
            throw new BackupFormatException("The backup was made by a newer version of the overlay; update the app first.");
        }
        if (root!["sections"] is not JsonObject body)
        {
            throw new BackupFormatException("The backup has no sections.");
        }
        var warnings = new List<string>();
        var hasSecrets = root["secrets"] is JsonObject;
        IReadOnlyDictionary<string, string> secrets = new Dictionary<string, string>();
        if (hasSecrets && !string.IsNullOrEmpty(passphrase))
        {
            secrets = BackupSecretBox.Open(root["secrets"]!, passphrase);
        }
        else if (hasSecrets)
        {
            warnings.Add("The file holds secrets (API key, passwords). Type its passphrase to import them too; without it they stay as they are here.");
        }
        var plans = new List<BackupSectionPlan>();
        foreach (var section in _sections)
        {
            if (body.ContainsKey(section.Name))
            {
                plans.Add(section.Plan(body[section.Name], secrets));
            }
        }
        foreach (var name in body.Select(p => p.Key).Where(n => _sections.All(s => s.Name != n)))
        {
            warnings.Add($"The section \"{Clip(name)}\" is not known to this version and is skipped.");
        }
        var exportedAt = DateTimeOffset.TryParse(BackupJson.Text(root, "exportedAt"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : (DateTimeOffset?)null;
        return new BackupPlan(plans, [.. warnings, .. plans.SelectMany(p => p.Warnings)], exportedAt, hasSecrets, secrets.Count > 0);
    }

    /// <summary>
    /// Applies a plan the user confirmed, after saving the current settings beside the settings file. Returns that
    /// safety copy's path (null when it could not be written; the import then does not run).
    /// </summary>
    /// <exception cref="IOException">The safety copy could not be written; nothing was imported.</exception>
    public string Apply(BackupPlan plan)
    {
        var safety = WriteSafetyCopy();
        foreach (var section in plan.Sections)
        {
            section.Apply();
        }
        LogImported(logger, plan.Count(BackupChangeKind.Added), plan.Count(BackupChangeKind.Replaced), safety);
        return safety;
    }

    private string WriteSafetyCopy()
    {
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(store.FilePath)) ?? ".", SafetyFolderName);
        OwnerOnly.CreateFolder(folder);
        var path = Path.Combine(folder, "before-import-" + time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".json");
        OwnerOnly.PrepareFile(path);
        File.WriteAllBytes(path, Export());
        return path;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported a settings backup: {Added} added, {Replaced} replaced; the settings before it are in {Safety}")]
    private static partial void LogImported(ILogger logger, int added, int replaced, string safety);
}
