namespace Overlay.Web.Rules.Engine;

/// <summary>What the admin shows beside a rule: when it last ran, how often, and its last error (null after a clean run).</summary>
public sealed record RuleStatus(DateTimeOffset? LastFired, long Runs, string? LastError, DateTimeOffset? LastErrorAt, string? LastSkipped);
