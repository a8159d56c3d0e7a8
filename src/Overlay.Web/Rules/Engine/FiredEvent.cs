using Overlay.Web.Events;
using Overlay.Web.Rules.Model;

namespace Overlay.Web.Rules.Engine;

/// <summary>
/// What made a rule fire, as its actions see it: the template fields, the webhook's "event" object. Viewer text in
/// it (names, comments) is untrusted: screens render it as text, and it is never HTML anywhere.
/// </summary>
public sealed record FiredEvent(TriggerKind Trigger, DateTimeOffset At)
{
    public ViewerUser? User { get; init; }

    public string GiftId { get; init; } = "";

    public string GiftName { get; init; } = "";

    /// <summary>Gifts in the combo, likes in the window, subscription months …: the event's count.</summary>
    public long Count { get; init; }

    public long Diamonds { get; init; }

    /// <summary>The whole chat message.</summary>
    public string Comment { get; init; } = "";

    /// <summary>What follows a chat command's word ("!so ana" → "ana").</summary>
    public string Args { get; init; } = "";

    public long Viewers { get; init; }

    public long Likes { get; init; }

    /// <summary>The goal's slug and title for a goal reached.</summary>
    public string Goal { get; init; } = "";

    public string GoalTitle { get; init; } = "";

    /// <summary>Fired by a rule's Test button.</summary>
    public bool IsTest { get; init; }

    /// <summary>Who the per-viewer cooldown is counted for; "" for an event without a viewer.</summary>
    public string ViewerKey => User?.IdentityKey ?? "";

    /// <summary>The event's own amount, for "add the event's amount to a goal": diamonds for a gift, else the count.</summary>
    public long Amount => Trigger == TriggerKind.Gift ? Diamonds : Math.Max(1, Count);
}
