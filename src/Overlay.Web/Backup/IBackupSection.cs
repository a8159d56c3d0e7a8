using System.Text.Json.Nodes;

namespace Overlay.Web.Backup;

/// <summary>
/// One part of the settings backup (widgets, connection, media names, rules…). Each feature that keeps settings
/// registers one, so the backup file grows with the app and a section this version does not know is skipped with
/// a warning instead of failing the import.
/// </summary>
public interface IBackupSection
{
    /// <summary>The section's key in the file; lower case, stable across versions.</summary>
    string Name { get; }

    /// <summary>
    /// The section as JSON. Secret values (keys, passwords) go into <paramref name="secrets"/> under keys of the
    /// form <c>section.name</c>, never into the returned node: they are written only when the user asks, encrypted.
    /// </summary>
    JsonNode Export(IDictionary<string, string> secrets);

    /// <summary>
    /// Checks the whole section and says what importing it would change, without writing anything.
    /// <paramref name="secrets"/> is empty when the file has none or they were not unlocked.
    /// </summary>
    /// <exception cref="BackupFormatException">The section is not valid; the message names what and where.</exception>
    BackupSectionPlan Plan(JsonNode? node, IReadOnlyDictionary<string, string> secrets);
}
