namespace Overlay.Web.Rules.Model;

/// <summary>
/// One trigger, optional conditions, and actions run in order. Unlimited rules; the list order is the admin's.
/// The model records have setters, not init: the source-generated JSON reader sets every init-only property, so a
/// field missing from a hand-written or older export file would become 0/null instead of keeping its default.
/// Code changes rules with <c>with</c> only.
/// </summary>
public sealed record Rule
{
    public const int MaxNameLength = 80;
    public const int MaxActions = 30;
    public const int MaxRunsPerMinuteLimit = 600;

    /// <summary>The store's id; 0 before the rule is first saved.</summary>
    public long Id { get; set; }

    public string Name { get; set; } = "New rule";

    public bool Enabled { get; set; } = true;

    public RuleTrigger Trigger { get; set; } = new();

    public RuleConditions Conditions { get; set; } = new();

    public IReadOnlyList<RuleAction> Actions { get; set; } = [];

    /// <summary>The rule runs at most this often per minute; more triggers are counted and skipped.</summary>
    public int MaxRunsPerMinute { get; set; } = 30;
}
