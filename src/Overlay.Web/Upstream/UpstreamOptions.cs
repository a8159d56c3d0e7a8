using System.ComponentModel.DataAnnotations;

namespace Overlay.Web.Upstream;

/// <summary>
/// The <c>Upstream</c> config section. A class, not a record: a record's generated ToString would print the key.
/// </summary>
public sealed class UpstreamOptions
{
    public const string SectionName = "Upstream";

    /// <summary>The tik.tools WebSocket endpoint (protocol.md §1). Tests point this at a loopback server.</summary>
    [Required(ErrorMessage = "Upstream:Url is empty. Use wss://api.tik.tools, or remove it to use the default.")]
    public string Url { get; set; } = "wss://api.tik.tools";

    /// <summary>The TikTok username whose LIVE to follow, with or without a leading @.</summary>
    public string UniqueId { get; set; } = "";

    /// <summary>tik.tools API key (tk_…). Secret: never logged, never sent to a browser.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>A JWT that may stand in for the API key. Secret as well.</summary>
    public string JwtKey { get; set; } = "";

    /// <summary>Force the built-in demo upstream even when a key is configured.</summary>
    public bool Demo { get; set; }

    /// <summary>No frame at all for this long means the socket stalled (§7). Must exceed 45 s.</summary>
    [Range(46, 3600, ErrorMessage = "Upstream:StallSeconds must be between 46 and 3600 (roomInfo alone can take 45 s).")]
    public int StallSeconds { get; set; } = 300;

    public bool HasCredentials => !string.IsNullOrWhiteSpace(ApiKey) || !string.IsNullOrWhiteSpace(JwtKey);

    /// <summary>True when the app should talk to its own demo upstream instead of tik.tools.</summary>
    public bool UseDemo => Demo || !HasCredentials;
}
