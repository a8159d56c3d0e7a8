using Overlay.Web.Rules.Model;

namespace Overlay.Web.Rules;

/// <summary>An exported set of rules. Webhook secrets are never in it: they stay on this PC and are entered again after an import.</summary>
public sealed record RulesExportFile
{
    public const string FormatName = "tiktok-live-overlay-rules";
    public const int CurrentVersion = 1;

    /// <summary>Must be <see cref="FormatName"/>: a file without it is not ours (so it has no default).</summary>
    public string Format { get; set; } = "";

    public int Version { get; set; } = CurrentVersion;

    public IReadOnlyList<Rule> Rules { get; set; } = [];
}
