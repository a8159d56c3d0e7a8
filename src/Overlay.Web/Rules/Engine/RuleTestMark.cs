using System.Globalization;
using Overlay.Web.Events;

namespace Overlay.Web.Rules.Engine;

/// <summary>
/// How a rule's Test button marks the frames it sends, so that the engine runs that one rule for them and no other:
/// the test viewer's uniqueId carries the rule id (gift combos keep only the user, §5), and frames without a user
/// carry it in their msgId. Alerts and widgets still see the test as a real event.
/// </summary>
public static class RuleTestMark
{
    public const string UserPrefix = "overlay_rule_test_";
    public const string MsgIdPrefix = "rule-test-";

    public static string UniqueIdFor(long ruleId) => UserPrefix + ruleId.ToString(CultureInfo.InvariantCulture);

    public static string MsgIdFor(long ruleId) => $"{MsgIdPrefix}{ruleId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";

    /// <summary>The rule a test frame was sent for, or null for a real event.</summary>
    public static long? RuleOf(OverlayEvent evt)
    {
        if (UserOf(evt) is { } user && user.UniqueId.StartsWith(UserPrefix, StringComparison.Ordinal)
            && long.TryParse(user.UniqueId.AsSpan(UserPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var byUser))
        {
            return byUser;
        }
        if (evt.DedupeId.StartsWith(MsgIdPrefix, StringComparison.Ordinal))
        {
            var rest = evt.DedupeId.AsSpan(MsgIdPrefix.Length);
            var dash = rest.IndexOf('-');
            if (dash > 0 && long.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var byId))
            {
                return byId;
            }
        }
        return null;
    }

    public static ViewerUser? UserOf(OverlayEvent evt) => evt switch
    {
        GiftComboEvent e => e.User,
        ChatEvent e => e.User,
        LikeEvent e => e.User,
        MemberEvent e => e.User,
        FollowEvent e => e.User,
        ShareEvent e => e.User,
        SubscribeEvent e => e.User,
        _ => null,
    };
}
