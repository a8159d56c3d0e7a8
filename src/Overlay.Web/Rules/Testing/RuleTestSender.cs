using System.Globalization;
using Overlay.Web.Gifts;
using Overlay.Web.Protocol;
using Overlay.Web.Rules.Engine;
using Overlay.Web.Rules.Model;
using Overlay.Web.Upstream;
using Overlay.Web.Widgets;

namespace Overlay.Web.Rules.Testing;

/// <summary>
/// A rule's Test button. For every trigger with a TikTok event it writes that event's wire frames (protocol.md
/// §2–§4, §10) into the same <see cref="FrameChannel"/> as the upstream socket, marked for the rule
/// (<see cref="RuleTestMark"/>): they take the parser, dedupe and combo path of a real event, alerts and widgets see
/// them, and only the tested rule runs for them, its conditions skipped. The stream starting or ending and a goal
/// being reached would change the stream itself (widgets would show "stream ended", the upstream would
/// reconnect), so those three run the rule directly instead, as the engine would.
/// </summary>
public sealed class RuleTestSender(FrameChannel frames, IRuleInputs engine, GiftCatalog gifts, WidgetRegistry widgets, TimeProvider time)
{
    public const int DefaultGiftId = 5655;

    /// <summary>False when the event queue refused the frames (a flood); the admin says so.</summary>
    public bool Send(Rule rule)
    {
        var t = rule.Trigger;
        var user = new WireFrameWriter.User(RuleTestMark.UniqueIdFor(rule.Id), "Test Viewer ✨", "9000000000000000" + (rule.Id % 1000).ToString("000", CultureInfo.InvariantCulture));
        return t.Kind switch
        {
            TriggerKind.Gift => SendGift(t, user),
            TriggerKind.Follow => Write(WireFrameWriter.Follow(NewId(), user, Now)),
            TriggerKind.Share => Write(WireFrameWriter.Share(NewId(), user, Now)),
            TriggerKind.Subscribe => Write(WireFrameWriter.Subscribe(NewId(), user, Now, 1)),
            TriggerKind.Join => Write(WireFrameWriter.Member(NewId(), user, Now)),
            TriggerKind.RoomLikes or TriggerKind.ViewerLikes => SendLikes(t, user),
            TriggerKind.ChatCommand => Write(WireFrameWriter.Chat(NewId(), user, $"!{(t.CommandWord.Length > 0 ? t.CommandWord : "test")} test", Now)),
            TriggerKind.ViewersAbove => SendViewers(rule),
            TriggerKind.PkWon or TriggerKind.PkLost => SendPk(rule),
            _ => engine.Post(new TestInput(rule.Id, Direct(rule), Now)),
        };
    }

    private bool SendGift(RuleTrigger t, WireFrameWriter.User user)
    {
        var known = t.GiftIds.Select(gifts.Find).FirstOrDefault(g => g is not null);
        var id = known is not null && int.TryParse(known.GiftId, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : DefaultGiftId;
        var name = known?.Name ?? "Rose";
        var count = Math.Clamp(t.MinCount, 1, 10_000);
        var each = (int)Math.Clamp(Math.Max(known?.Diamonds ?? 1, (t.MinDiamonds + count - 1) / count), 1, int.MaxValue);
        var group = NewId();
        // A streak as TikTok sends it: a first frame, then the end frame with the final count (§5).
        var ok = count == 1 || Write(WireFrameWriter.Gift(NewId(), user, Now, id, name, each, 1, false, 1, group, known?.PictureUrl));
        return ok & Write(WireFrameWriter.Gift(NewId(), user, Now, id, name, each, count, true, 1, group, known?.PictureUrl));
    }

    private bool SendLikes(RuleTrigger t, WireFrameWriter.User user)
    {
        // Above every goal's room total, so like goals move as they would (they never go down, §4 like).
        var total = widgets.All.Select(h => h.Source).OfType<LikeGoalState>().Select(s => s.RoomLikes).DefaultIfEmpty(0).Max();
        var likes = Math.Clamp(t.Likes, 1, 1_000_000);
        return Write(WireFrameWriter.Like(NewId(), user, Now, likes, total + likes));
    }

    private bool SendViewers(Rule rule)
    {
        var frame = WireFrameWriter.Envelope("roomUserSeq");
        var data = frame["data"]!.AsObject();
        data["msgId"] = RuleTestMark.MsgIdFor(rule.Id);
        data["timestamp"] = Now.ToUnixTimeMilliseconds();
        data["viewerCount"] = Math.Max(0, rule.Trigger.Viewers) + 1;
        return Write(WireFrameWriter.ToWire(frame));
    }

    private bool SendPk(Rule rule)
    {
        var battle = "rule-test-pk-" + Guid.NewGuid().ToString("N");
        var won = rule.Trigger.Kind == TriggerKind.PkWon;
        IReadOnlyList<WireFrameWriter.Host> hosts =
        [
            new("9000000000000000100", won ? 1500 : 900, 0, [new("9000000000000000001", "Test Viewer ✨", won ? 1500 : 900)]),
            new("9000000000000000200", won ? 900 : 1500, 1, [new("9000000000000000003", "Rival fan", won ? 900 : 1500)]),
        ];
        return Write(WireFrameWriter.Battle(RuleTestMark.MsgIdFor(rule.Id), battle, 1, 60, Now))
            & Write(WireFrameWriter.BattleArmies(RuleTestMark.MsgIdFor(rule.Id), battle, Now, 0, 60, hosts))
            & Write(WireFrameWriter.Battle(RuleTestMark.MsgIdFor(rule.Id), battle, 3, 60, Now));
    }

    private FiredEvent Direct(Rule rule) => new(rule.Trigger.Kind, Now)
    {
        Goal = rule.Trigger.GoalSlug,
        GoalTitle = widgets.Find(rule.Trigger.GoalSlug)?.Instance.Name ?? "Test goal",
        IsTest = true,
    };

    private DateTimeOffset Now => time.GetUtcNow();

    private bool Write(string frame) => frames.TryWrite(InboundFrame.FromText(frame, Now));

    private static string NewId() => "rule-test-frame-" + Guid.NewGuid().ToString("N");
}
