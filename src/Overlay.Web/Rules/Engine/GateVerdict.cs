namespace Overlay.Web.Rules.Engine;

/// <summary>Why a triggered rule did or did not run.</summary>
public enum GateVerdict
{
    Run,
    Role,
    Level,
    NotLive,
    Chance,
    Cooldown,

    /// <summary>The rule ran its <see cref="Model.Rule.MaxRunsPerMinute"/> already: counted as throttled.</summary>
    RateLimited,
}
