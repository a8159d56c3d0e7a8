using System.ComponentModel.DataAnnotations;

namespace Overlay.Web.Rules;

/// <summary>The <c>Rules</c> section: the safety limits of Actions &amp; Events.</summary>
public sealed class RulesOptions
{
    public const string SectionName = "Rules";

    /// <summary>All rules together run at most this many actions per second; the rest are skipped, counted and logged.</summary>
    [Range(1, 1000, ErrorMessage = "Rules:ActionsPerSecond must be between 1 and 1000.")]
    public int ActionsPerSecond { get; set; } = 20;

    /// <summary>How long one webhook or Streamer.bot call may take before it counts as failed.</summary>
    [Range(1, 60, ErrorMessage = "Rules:TimeoutSeconds must be between 1 and 60.")]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Webhook attempts after the first one fails (1 s, 2 s, 4 s … apart).</summary>
    [Range(0, 5, ErrorMessage = "Rules:WebhookRetries must be between 0 and 5.")]
    public int WebhookRetries { get; set; } = 2;

    /// <summary>Rule runs at once; a slow webhook holds one of them, never the event path.</summary>
    [Range(1, 64, ErrorMessage = "Rules:ConcurrentRuns must be between 1 and 64.")]
    public int ConcurrentRuns { get; set; } = 8;
}
