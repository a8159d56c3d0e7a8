using Overlay.Web.Events;
using Overlay.Web.Rules.Model;
using Overlay.Widgets.ChatTicker;

namespace Overlay.Web.Rules.Engine;

/// <summary>
/// Each trigger's test against one event: <see cref="Describe"/> says whether the event is of the trigger's kind
/// (what a Test button needs), <see cref="Fires"/> adds the trigger's thresholds and windows. Holds the per-viewer
/// like windows; called by <see cref="RuleMatcher"/> on the engine's loop only.
/// </summary>
public sealed class TriggerRules
{
    public const int MaxLikeWindows = 10_000;

    private readonly Dictionary<(long Rule, string Viewer), LikeWindow> _likes = [];

    public FiredEvent? Fires(Rule rule, OverlayEvent evt, EventStep step, DateTimeOffset at, RuleMatcher matcher)
    {
        var t = rule.Trigger;
        if (Describe(evt, t.Kind, step, at) is not { } fired)
        {
            return null;
        }
        return t.Kind switch
        {
            TriggerKind.Gift when evt is GiftComboEvent combo => GiftMatches(t, combo) ? fired : null,
            TriggerKind.ChatCommand when evt is ChatEvent chat => Command(t, chat) is { } args && HasRole(chat.User, t.CommandRole)
                ? fired with { Args = args } : null,
            TriggerKind.RoomLikes => step.RoomLikes is { } likes && t.Likes > 0 && likes.After / t.Likes > likes.Before / t.Likes ? fired : null,
            TriggerKind.ViewerLikes when evt is LikeEvent like => ViewerLikes(rule, like, at) is { } sum ? fired with { Count = sum } : null,
            TriggerKind.ViewersAbove => matcher.CrossesViewers(rule, fired.Viewers) ? fired : null,
            _ => fired,
        };
    }

    /// <summary>The event as the trigger kind sees it, or null when it is another kind of event (no thresholds).</summary>
    public static FiredEvent? Describe(OverlayEvent evt, TriggerKind kind, EventStep step, DateTimeOffset at)
    {
        var fired = new FiredEvent(kind, at) { User = RuleTestMark.UserOf(evt) };
        return (kind, evt) switch
        {
            (TriggerKind.Gift, GiftComboEvent { Phase: ComboPhase.Finished } c) =>
                fired with { GiftId = c.GiftId, GiftName = c.GiftName, Count = c.Count, Diamonds = c.Diamonds },
            (TriggerKind.Follow, FollowEvent) => fired with { Count = 1 },
            (TriggerKind.Share, ShareEvent) => fired with { Count = 1 },
            (TriggerKind.Subscribe, SubscribeEvent s) => fired with { Count = Math.Max(1, s.SubMonth) },
            (TriggerKind.Join, MemberEvent) => fired with { Count = 1 },
            (TriggerKind.ChatCommand, ChatEvent chat) => fired with { Comment = chat.Comment, Args = ArgsOf(chat.Comment) },
            (TriggerKind.RoomLikes, LikeEvent l) => fired with { Count = l.LikeCount, Likes = l.TotalLikeCount ?? step.RoomLikes?.After ?? 0 },
            (TriggerKind.RoomLikes, RoomInfoEvent { LikeCount: { } total }) => fired with { Likes = total },
            (TriggerKind.ViewerLikes, LikeEvent l) => fired with { Count = l.LikeCount, Likes = l.TotalLikeCount ?? 0 },
            (TriggerKind.ViewersAbove, ViewerCountEvent v) => fired with { Viewers = v.ViewerCount },
            (TriggerKind.ViewersAbove, RoomInfoEvent { ViewerCount: { } viewers }) => fired with { Viewers = viewers },
            (TriggerKind.StreamStarted, RoomInfoEvent) when step.StreamStarted || RuleTestMark.RuleOf(evt) is not null => fired,
            (TriggerKind.StreamEnded, StreamEndEvent) when step.StreamEnded => fired,
            (TriggerKind.PkWon or TriggerKind.PkLost, BattleEvent { Status: BattleStatus.Ended })
                when step.PkOutcome == kind || (RuleTestMark.RuleOf(evt) is not null && step.PkOutcome is not null) =>
                fired with { Count = step.PkScore.Ours, Diamonds = step.PkScore.Theirs },
            _ => null,
        };
    }

    /// <summary>A viewer passes <paramref name="min"/> when they are it or more (moderator ≥ subscriber ≥ follower).</summary>
    public static bool HasRole(ViewerUser? user, ChatRole min) => min switch
    {
        ChatRole.Moderator => user is { IsModerator: true },
        ChatRole.Subscriber => user is { IsModerator: true } or { IsSubscriber: true },
        ChatRole.Follower => user is { IsModerator: true } or { IsSubscriber: true } or { FollowRole: >= 1 },
        _ => true,
    };

    private static bool GiftMatches(RuleTrigger t, GiftComboEvent combo) =>
        combo.Diamonds >= t.MinDiamonds && combo.Count >= t.MinCount
        && (t.GiftIds.Count == 0 || t.GiftIds.Any(id =>
            (combo.GiftId.Length > 0 && string.Equals(id, combo.GiftId, StringComparison.Ordinal))
            || string.Equals(id, "name:" + combo.GiftName, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The arguments when the comment is the trigger's command ("!word" then nothing or a space), else null.</summary>
    private static string? Command(RuleTrigger t, ChatEvent chat)
    {
        var word = t.CommandWord;
        var text = chat.Comment.Trim();
        if (word.Length == 0 || text.Length < word.Length + 1 || text[0] != '!'
            || !text.AsSpan(1, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
            || (text.Length > word.Length + 1 && !char.IsWhiteSpace(text[word.Length + 1])))
        {
            return null;
        }
        return text[(word.Length + 1)..].Trim();
    }

    private static string ArgsOf(string comment)
    {
        var text = comment.Trim();
        var space = text.IndexOfAny([' ', '\t']);
        return text.StartsWith('!') && space > 0 ? text[(space + 1)..].Trim() : "";
    }

    /// <summary>The likes in the window when they reach N (the window then starts over), else null.</summary>
    private long? ViewerLikes(Rule rule, LikeEvent like, DateTimeOffset at)
    {
        var viewer = like.User.IdentityKey;
        if (viewer.Length == 0 || rule.Trigger.Likes <= 0)
        {
            return null;
        }
        var span = TimeSpan.FromSeconds(Math.Max(1, rule.Trigger.WithinSeconds));
        if (!_likes.TryGetValue((rule.Id, viewer), out var window))
        {
            if (_likes.Count >= MaxLikeWindows)
            {
                Prune(at);
            }
            window = new LikeWindow();
            _likes[(rule.Id, viewer)] = window;
        }
        var sum = window.Add(at, Math.Max(0, like.LikeCount), span);
        if (sum < rule.Trigger.Likes)
        {
            return null;
        }
        _likes.Remove((rule.Id, viewer));
        return sum;
    }

    private void Prune(DateTimeOffset at)
    {
        foreach (var key in _likes.Where(p => p.Value.IsStale(at)).Select(p => p.Key).ToList())
        {
            _likes.Remove(key);
        }
        if (_likes.Count >= MaxLikeWindows)
        {
            _likes.Clear(); // A flood of distinct viewers: forgetting partial windows beats growing without bound.
        }
    }

    private sealed class LikeWindow
    {
        private readonly Queue<(DateTimeOffset At, int Count)> _taps = new();
        private long _sum;
        private TimeSpan _span;

        public long Add(DateTimeOffset at, int count, TimeSpan span)
        {
            _span = span;
            while (_taps.TryPeek(out var oldest) && at - oldest.At > span)
            {
                _sum -= _taps.Dequeue().Count;
            }
            _taps.Enqueue((at, count));
            _sum += count;
            return _sum;
        }

        public bool IsStale(DateTimeOffset at) => !_taps.TryPeek(out var oldest) || at - oldest.At > _span;
    }
}
