namespace Overlay.Web.Backup;

/// <summary>
/// A backup file read and checked in full, and what importing it would change. Nothing is written until
/// <see cref="SettingsBackup.Apply"/>.
/// </summary>
public sealed record BackupPlan(
    IReadOnlyList<BackupSectionPlan> Sections,
    IReadOnlyList<string> Warnings,
    DateTimeOffset? ExportedAt,
    bool HasSecrets,
    bool SecretsOpened)
{
    public IEnumerable<BackupChange> Changes => Sections.SelectMany(s => s.Changes);

    public int Count(BackupChangeKind kind) => Changes.Count(c => c.Kind == kind);
}
