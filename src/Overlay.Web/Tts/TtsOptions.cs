using System.ComponentModel.DataAnnotations;

namespace Overlay.Web.Tts;

/// <summary>The <c>Tts</c> config section: how the speech engine runs and how much audio is kept.</summary>
public sealed class TtsOptions
{
    public const string SectionName = "Tts";

    /// <summary>The audio cache beside the settings file holds at most this many megabytes; the least recently used clips go first.</summary>
    [Range(1, 4096, ErrorMessage = "Tts:CacheMegabytes must be between 1 and 4096.")]
    public int CacheMegabytes { get; set; } = 50;

    /// <summary>An engine that takes longer than this for one phrase is stopped (and the phrase skipped).</summary>
    [Range(1, 120, ErrorMessage = "Tts:TimeoutSeconds must be between 1 and 120.")]
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>How many phrases are made at once, so a chat flood cannot start a process per message.</summary>
    [Range(1, 8, ErrorMessage = "Tts:MaxConcurrent must be between 1 and 8.")]
    public int MaxConcurrent { get; set; } = 2;
}
