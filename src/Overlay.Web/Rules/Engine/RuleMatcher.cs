using Overlay.Web.Events;
using Overlay.Web.Rules.Model;

namespace Overlay.Web.Rules.Engine;

/// <summary>
/// Which rules an input triggers, with the state triggers need between events: LIVE or not, the room's like total,
/// each viewer's recent likes, the viewer count per rule (fire on crossing, re-arm below) and the PK's last scores.
/// Conditions are <see cref="RuleGate"/>'s. Not thread-safe: only the engine's loop calls it, in event order.
/// Backlog events (protocol.md §6) never trigger anything: they happened before the app was watching.
/// </summary>
public sealed class RuleMatcher(TriggerRules triggers)
{
    private const int MaxBattles = 8;

    private readonly Dictionary<long, bool> _viewersDisarmed = [];
    private readonly Dictionary<string, BattleArmiesEvent> _armies = new(StringComparer.Ordinal);
    private readonly Queue<string> _battleOrder = new();
    private readonly HashSet<string> _battlesDecided = new(StringComparer.Ordinal);
    private string _roomId = "";
    private long? _roomLikes;

    /// <summary>A roomInfo seen and no stream end since.</summary>
    public bool IsLive { get; private set; }

    public IReadOnlyList<(Rule Rule, FiredEvent Fired)> Match(RuleInput input, IReadOnlyList<Rule> rules)
    {
        var found = new List<(Rule, FiredEvent)>();
        switch (input)
        {
            case TestInput test:
                if (rules.FirstOrDefault(r => r.Id == test.RuleId) is { } tested)
                {
                    found.Add((tested, test.Fired with { IsTest = true }));
                }
                return found;
            case GoalReachedInput goal:
                foreach (var rule in rules.Where(r => r.Enabled && r.Trigger.Kind == TriggerKind.GoalReached
                             && (r.Trigger.GoalSlug.Length == 0 || string.Equals(r.Trigger.GoalSlug, goal.Slug, StringComparison.OrdinalIgnoreCase))))
                {
                    found.Add((rule, new FiredEvent(TriggerKind.GoalReached, goal.At)
                    {
                        Goal = goal.Slug, GoalTitle = goal.Title, Count = goal.Progress,
                    }));
                }
                return found;
            case EventInput { Event: var evt, At: var at }:
                MatchEvent(evt, at, rules, found);
                return found;
            default:
                return found;
        }
    }

    private void MatchEvent(OverlayEvent evt, DateTimeOffset at, IReadOnlyList<Rule> rules, List<(Rule, FiredEvent)> found)
    {
        var step = Observe(evt);
        if (evt.IsBacklog)
        {
            return;
        }
        if (RuleTestMark.RuleOf(evt) is { } testRule)
        {
            if (rules.FirstOrDefault(r => r.Id == testRule) is { } tested
                && TriggerRules.Describe(evt, tested.Trigger.Kind, step, at) is { } fired)
            {
                found.Add((tested, fired with { IsTest = true }));
            }
            return;
        }
        foreach (var rule in rules)
        {
            if (rule.Enabled && triggers.Fires(rule, evt, step, at, this) is { } fired)
            {
                found.Add((rule, fired));
            }
        }
        if (evt is ViewerCountEvent or RoomInfoEvent { ViewerCount: not null })
        {
            // Rules that were deleted keep no state.
            foreach (var gone in _viewersDisarmed.Keys.Where(id => rules.All(r => r.Id != id)).ToList())
            {
                _viewersDisarmed.Remove(gone);
            }
        }
    }

    /// <summary>Whether the rule's viewer trigger fires at <paramref name="viewers"/>: once above, then again only after dropping to N or below.</summary>
    internal bool CrossesViewers(Rule rule, long viewers)
    {
        var above = viewers > rule.Trigger.Viewers;
        var disarmed = _viewersDisarmed.GetValueOrDefault(rule.Id);
        if (!above)
        {
            _viewersDisarmed.Remove(rule.Id);
            return false;
        }
        if (disarmed)
        {
            return false;
        }
        _viewersDisarmed[rule.Id] = true;
        return true;
    }

    /// <summary>Updates the shared state from one event, before rules look at it; says what changed.</summary>
    private EventStep Observe(OverlayEvent evt)
    {
        var step = new EventStep();
        switch (evt)
        {
            case RoomInfoEvent info:
                if (info.RoomId.Length > 0 && !string.Equals(info.RoomId, _roomId, StringComparison.Ordinal))
                {
                    _roomId = info.RoomId;
                    _roomLikes = null;
                }
                step = step with { StreamStarted = !IsLive, RoomLikes = Likes(info.LikeCount) };
                IsLive = true;
                break;
            case StreamEndEvent:
                step = step with { StreamEnded = IsLive };
                IsLive = false;
                break;
            case LikeEvent like:
                step = step with { RoomLikes = Likes(like.TotalLikeCount) };
                break;
            case BattleArmiesEvent armies:
                if (!_armies.ContainsKey(armies.BattleId))
                {
                    _battleOrder.Enqueue(armies.BattleId);
                    if (_battleOrder.Count > MaxBattles)
                    {
                        var old = _battleOrder.Dequeue();
                        _armies.Remove(old);
                        _battlesDecided.Remove(old);
                    }
                }
                _armies[armies.BattleId] = armies;
                break;
            case BattleEvent { Status: BattleStatus.Ended } battle
                when _armies.TryGetValue(battle.BattleId, out var last) && _battlesDecided.Add(battle.BattleId):
                // TikTok puts our side on the left (team 0); a draw is neither won nor lost.
                var ours = last.Hosts.Where(h => h.Team == 0).Sum(h => Math.Max(0, h.TeamScore));
                var theirs = last.Hosts.Where(h => h.Team == 1).Sum(h => Math.Max(0, h.TeamScore));
                step = step with { PkOutcome = ours > theirs ? TriggerKind.PkWon : theirs > ours ? TriggerKind.PkLost : null, PkScore = (ours, theirs) };
                break;
        }
        return step;
    }

    /// <summary>The room's like total before and after this event, when it moved up; the first total seen is a baseline only.</summary>
    private (long Before, long After)? Likes(long? total)
    {
        if (total is not { } now)
        {
            return null;
        }
        var before = _roomLikes;
        if (before is { } b && now <= b)
        {
            return null;
        }
        _roomLikes = now;
        return before is { } old ? (old, now) : null;
    }
}

/// <summary>What one event changed in the matcher's shared state.</summary>
public sealed record EventStep
{
    public bool StreamStarted { get; init; }

    public bool StreamEnded { get; init; }

    public (long Before, long After)? RoomLikes { get; init; }

    public TriggerKind? PkOutcome { get; init; }

    public (long Ours, long Theirs) PkScore { get; init; }
}
