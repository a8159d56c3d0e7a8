namespace Overlay.Web.Rules.Engine;

/// <summary>Where inputs that do not come from the hub (goals reached, Test buttons) enter the engine's loop.</summary>
public interface IRuleInputs
{
    /// <summary>Queues the input; never blocks. False when the engine's queue is full.</summary>
    bool Post(RuleInput input);
}
