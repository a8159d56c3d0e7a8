using Overlay.Web.Rules.Engine;
using Overlay.Web.Rules.Model;

namespace Overlay.Web.Rules.Actions;

/// <summary>
/// The JSON a webhook receives: the event and the rule (never its secrets). Viewer text in it is as TikTok sent it,
/// length-capped: a receiver must treat it as untrusted text.
/// </summary>
public sealed record WebhookPayload(WebhookRule Rule, WebhookEvent Event, DateTimeOffset SentAt, bool Test)
{
    public static WebhookPayload From(Rule rule, FiredEvent fired, DateTimeOffset now) => new(
        new WebhookRule(rule.Id, rule.Name, rule.Trigger.Kind),
        new WebhookEvent(fired.Trigger, fired.At, fired.User is { } u ? new WebhookViewer(u.Id, u.UniqueId, u.DisplayName, u.Level, u.IsModerator, u.IsSubscriber, u.FollowRole) : null,
            fired.GiftId, fired.GiftName, fired.Count, fired.Diamonds, fired.Comment, fired.Args, fired.Viewers, fired.Likes, fired.Goal),
        now, fired.IsTest);
}

public sealed record WebhookRule(long Id, string Name, TriggerKind Trigger);

public sealed record WebhookEvent(
    TriggerKind Type, DateTimeOffset At, WebhookViewer? User, string GiftId, string GiftName, long Count, long Diamonds,
    string Comment, string Args, long Viewers, long Likes, string Goal);

public sealed record WebhookViewer(string UserId, string UniqueId, string Nickname, int Level, bool IsModerator, bool IsSubscriber, int FollowRole);
