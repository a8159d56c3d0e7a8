namespace Overlay.Web.Rules.Model;

/// <summary>One trigger, optional conditions, and actions run in order. Unlimited rules; the list order is the admin's.</summary>
public sealed record Rule
{
    public const int MaxNameLength = 80;
    public const int MaxActions = 30;
    public const int MaxRunsPerMinuteLimit = 600;

    /// <summary>The store's id; 0 before the rule is first saved.</summary>
    public long Id { get; init; }

    public string Name { get; init; } = "New rule";

    public bool Enabled { get; init; } = true;

    public RuleTrigger Trigger { get; init; } = new();

    public RuleConditions Conditions { get; init; } = new();

    public IReadOnlyList<RuleAction> Actions { get; init; } = [];

    /// <summary>The rule runs at most this often per minute; more triggers are counted and skipped.</summary>
    public int MaxRunsPerMinute { get; init; } = 30;
}
