namespace Overlay.Web.Backup;

/// <summary>What importing one section would do; <see cref="Apply"/> does it (only after the user confirms).</summary>
public sealed record BackupSectionPlan(string Section, IReadOnlyList<BackupChange> Changes, IReadOnlyList<string> Warnings, Action Apply);

/// <summary>One item of a section and what the import does to it.</summary>
public sealed record BackupChange(string Item, BackupChangeKind Kind, string Detail = "");

public enum BackupChangeKind
{
    /// <summary>Not here yet: the import creates it.</summary>
    Added,

    /// <summary>Here, and different: the import overwrites it.</summary>
    Replaced,

    /// <summary>Here and the same, or not in the file: left as it is.</summary>
    Kept,
}
