using Overlay.Web.Events;
using Overlay.Widgets.PkBattle;

namespace Overlay.Web.Widgets;

/// <summary>
/// One PK battle at a time (protocol.md §10): preparing, active with scores from battleArmies, ended with the winner,
/// then hidden after <see cref="PkBattleSettings.ResultSeconds"/>. Score frames carry team totals, so applying one
/// twice changes nothing; an older frame (by serverTsMs) than the last one is ignored. The time left is kept as an
/// end instant on <see cref="TimeProvider"/>: <see cref="Current"/> reads it fresh, and the page counts down by
/// itself between frames. One timer, armed only while something is due (a booster to remove, the result or a
/// stale battle to hide), so a widget with no PK on costs nothing.
/// </summary>
public sealed class PkBattleState : WidgetState<PkBattleView, PkBattleSettings>
{
    /// <summary>At most this much of the frame's age (now − serverTsMs) is taken off secsRemaining: beyond it the clocks disagree.</summary>
    public static readonly TimeSpan MaxFrameAge = TimeSpan.FromSeconds(5);

    /// <summary>A PK whose end frame never came hides this long after its time ran out.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(60);

    /// <summary>A PK that stays in preparing (or active with no known duration) this long without news hides.</summary>
    public static readonly TimeSpan QuietTimeout = TimeSpan.FromMinutes(10);

    public const int MaxExtras = 3;

    private readonly TimeProvider _time;
    private readonly ITimer _timer;
    private readonly List<(PkBooster Booster, DateTimeOffset Until)> _boosters = [];
    private readonly List<(PkOpponentGift Gift, DateTimeOffset Until)> _gifts = [];
    private PkBattleSettings _settings;
    private string _battleId = "";
    private PkPhase _phase;
    private IReadOnlyList<BattleHost> _hosts = [];
    private DateTimeOffset? _endsAt;
    private DateTimeOffset? _lastServerTime;
    private DateTimeOffset _hideAt = DateTimeOffset.MaxValue;
    private PkOutcome _outcome;
    private long _nextId;

    public PkBattleState(PkBattleSettings settings, EventHub hub, TimeProvider time, ILogger<PkBattleState> logger)
        : base(PkBattleView.Hidden with { ShowContributors = settings.ShowContributors }, logger)
    {
        _time = time;
        _settings = settings;
        _timer = time.CreateTimer(_ => OnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Start(hub);
    }

    /// <summary>The latest view, its time left measured now, so a page opened between frames starts on time.</summary>
    public override PkBattleView Current
    {
        get
        {
            lock (Gate)
            {
                return View.Phase == PkPhase.Active && _endsAt is { } end ? View with { MillisecondsLeft = MillisLeft(end) } : View;
            }
        }
    }

    protected override IEnumerable<string> Validate(PkBattleSettings settings) => WidgetKinds.PkBattle.Validate(settings, "PK battle");

    protected override void Apply(PkBattleSettings settings)
    {
        lock (Gate)
        {
            _settings = settings;
            if (!settings.ShowOpponentGifts)
            {
                _gifts.Clear();
            }
            Publish();
        }
        Notify();
    }

    protected override void OnDisposed() => _timer.Dispose();

    protected override void OnEvent(OverlayEvent evt)
    {
        lock (Gate)
        {
            var changed = evt switch
            {
                BattleEvent battle => OnBattle(battle),
                BattleArmiesEvent armies => OnArmies(armies),
                BattleBoosterEvent booster => OnBooster(booster),
                OpponentGiftEvent gift => OnOpponentGift(gift),
                _ => false,
            };
            if (!changed)
            {
                return;
            }
            Publish();
        }
        Notify();
    }

    private bool OnBattle(BattleEvent battle)
    {
        var now = _time.GetUtcNow();
        if (battle.Status == BattleStatus.Unknown)
        {
            return false;
        }
        var isNew = battle.BattleId.Length > 0 && battle.BattleId != _battleId;
        if (isNew)
        {
            Reset(battle.BattleId);
        }
        switch (battle.Status)
        {
            case BattleStatus.Preparing when _phase is PkPhase.None or PkPhase.Preparing:
                _phase = PkPhase.Preparing;
                _hideAt = now + QuietTimeout;
                return true;
            case BattleStatus.Active or BattleStatus.Starting when _phase != PkPhase.Ended:
                _phase = PkPhase.Active;
                if (_endsAt is null && battle.DurationSeconds > 0)
                {
                    _endsAt = now + TimeSpan.FromSeconds(battle.DurationSeconds);
                }
                _hideAt = _endsAt is { } end ? end + StaleAfter : now + QuietTimeout;
                return true;
            case BattleStatus.Ended when _phase is PkPhase.Preparing or PkPhase.Active:
                _phase = PkPhase.Ended;
                _outcome = PkSides.Outcome(PkSides.Side(_hosts, 0, ""), PkSides.Side(_hosts, 1, ""));
                _endsAt = null;
                _boosters.Clear();
                _hideAt = now + TimeSpan.FromSeconds(_settings.ResultSeconds);
                return true;
            default:
                return isNew;
        }
    }

    private bool OnArmies(BattleArmiesEvent armies)
    {
        var now = _time.GetUtcNow();
        var otherBattle = armies.BattleId.Length > 0 && armies.BattleId != _battleId;
        if (_phase == PkPhase.Ended && !otherBattle)
        {
            return false; // The result is final; a late score frame of the same PK does not reopen it.
        }
        if (_phase == PkPhase.None || otherBattle)
        {
            Reset(armies.BattleId);
        }
        if (armies.ServerTime is { } sent && _lastServerTime is { } last && sent < last)
        {
            return false; // Older than what is on screen: frames can overtake each other on retries.
        }
        _lastServerTime = armies.ServerTime ?? _lastServerTime;
        _phase = PkPhase.Active;
        _hosts = armies.Hosts;
        if (armies.SecondsRemaining is { } seconds)
        {
            var age = armies.ServerTime is { } at ? Clamp(now - at, TimeSpan.Zero, MaxFrameAge) : TimeSpan.Zero;
            _endsAt = now + TimeSpan.FromSeconds(Math.Max(0, seconds)) - age;
        }
        _hideAt = _endsAt is { } end ? end + StaleAfter : now + QuietTimeout;
        return true;
    }

    private bool OnBooster(BattleBoosterEvent booster)
    {
        if (_phase is not (PkPhase.Active or PkPhase.Preparing))
        {
            return false;
        }
        Add(_boosters, (new PkBooster(++_nextId, booster.Effect, booster.Multiplier, booster.SenderNickname, booster.IconUrl), ExtraUntil()));
        return true;
    }

    private bool OnOpponentGift(OpponentGiftEvent gift)
    {
        if (!_settings.ShowOpponentGifts || _phase == PkPhase.None)
        {
            return false;
        }
        var name = gift.User.Nickname.Length > 0 ? gift.User.Nickname : gift.User.UniqueId;
        Add(_gifts, (new PkOpponentGift(++_nextId, name, gift.GiftName, gift.RepeatCount, gift.PictureUrl), ExtraUntil()));
        return true;
    }

    private void OnTimer()
    {
        lock (Gate)
        {
            var now = _time.GetUtcNow();
            _boosters.RemoveAll(b => b.Until <= now);
            _gifts.RemoveAll(g => g.Until <= now);
            if (now >= _hideAt)
            {
                Reset("");
                _battleId = ""; // So a late frame of the hidden PK shows it again rather than being taken for old news.
            }
            Publish();
        }
        Notify();
    }

    private void Reset(string battleId)
    {
        _battleId = battleId;
        _phase = PkPhase.None;
        _hosts = [];
        _endsAt = null;
        _lastServerTime = null;
        _outcome = PkOutcome.None;
        _hideAt = DateTimeOffset.MaxValue;
        _boosters.Clear();
        _gifts.Clear();
    }

    // Under Gate: the new view, and the timer set for the next thing due.
    private void Publish()
    {
        var s = _settings;
        View = _phase == PkPhase.None
            ? PkBattleView.Hidden with { ShowContributors = s.ShowContributors }
            : new PkBattleView(
                _phase,
                PkSides.Side(_hosts, 0, s.LeftLabel),
                PkSides.Side(_hosts, 1, s.RightLabel),
                _phase == PkPhase.Active && _endsAt is { } end ? MillisLeft(end) : null,
                _phase == PkPhase.Ended ? _outcome : PkOutcome.None,
                [.. _boosters.Select(b => b.Booster)],
                [.. _gifts.Select(g => g.Gift)],
                s.ShowContributors);
        var due = _boosters.Select(b => b.Until).Concat(_gifts.Select(g => g.Until)).Append(_hideAt).Min();
        _timer.Change(due == DateTimeOffset.MaxValue ? Timeout.InfiniteTimeSpan : Clamp(due - _time.GetUtcNow(), TimeSpan.Zero, TimeSpan.FromDays(1)),
            Timeout.InfiniteTimeSpan);
    }

    private DateTimeOffset ExtraUntil() => _time.GetUtcNow() + TimeSpan.FromSeconds(_settings.BoosterSeconds);

    private long MillisLeft(DateTimeOffset end) => Math.Max(0, (long)(end - _time.GetUtcNow()).TotalMilliseconds);

    private static void Add<T>(List<T> list, T item)
    {
        list.Add(item);
        if (list.Count > MaxExtras)
        {
            list.RemoveAt(0);
        }
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;
}
