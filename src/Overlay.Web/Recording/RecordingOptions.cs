namespace Overlay.Web.Recording;

/// <summary>
/// Record and replay settings. They live in the <c>Upstream</c> section next to the connection they replace, but
/// bind to their own class: the stored connection settings and the reconnect-on-change fingerprint stay as they are.
/// </summary>
public sealed class RecordingOptions
{
    public const string SectionName = "Upstream";

    /// <summary>Where recordings go; empty means a "recordings" folder next to the settings file (Storage:Path).</summary>
    public string RecordingsFolder { get; set; } = "";

    /// <summary>A recording stops by itself at this size.</summary>
    public int RecordMaxMegabytes { get; set; } = 100;

    /// <summary>A recording to use as the upstream instead of tik.tools: a full path, or a file name in the recordings folder.</summary>
    public string ReplayFile { get; set; } = "";

    /// <summary>"1", "5" (or any factor from 0.1 to 1000) or "max".</summary>
    public string ReplaySpeed { get; set; } = "1";
}
