namespace Overlay.Web.Rules.Engine;

/// <summary>
/// Marks the code running a rule's actions, so a change they cause (a goal set by an action reaching its target)
/// is known as theirs and never triggers a rule: no loops. Flows with the async call, not across threads.
/// </summary>
public sealed class ActionOrigin
{
    private readonly AsyncLocal<bool> _inAction = new();

    public bool InAction => _inAction.Value;

    public Scope Enter()
    {
        var before = _inAction.Value;
        _inAction.Value = true;
        return new Scope(this, before);
    }

    public readonly struct Scope(ActionOrigin origin, bool before) : IDisposable
    {
        public void Dispose() => origin._inAction.Value = before;
    }
}
