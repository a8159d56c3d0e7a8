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
public sealed partial class PkBattleState : WidgetState<PkBattleView, PkBattleSettings>
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
    private readonly TimedItems<PkBooster> _boosters = new(MaxExtras);
    private readonly TimedItems<PkOpponentGift> _gifts = new(MaxExtras);
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
                // A PK cannot outlive its LIVE: the stream's end, or a new room, hides it at once.
                StreamEndEvent => _phase != PkPhase.None && Hide(),
                RoomInfoEvent info => OnRoom(info),
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

    private void OnTimer()
    {
        lock (Gate)
        {
            var now = _time.GetUtcNow();
            _boosters.RemoveDue(now);
            _gifts.RemoveDue(now);
            if (now >= _hideAt)
            {
                Reset("");
                _battleId = ""; // So a late frame of the hidden PK shows it again rather than being taken for old news.
            }
            Publish();
        }
        Notify();
    }

    private string _roomId = "";

    private bool OnRoom(RoomInfoEvent info)
    {
        if (info.RoomId.Length == 0)
        {
            return false;
        }
        var newRoom = _roomId.Length > 0 && info.RoomId != _roomId;
        _roomId = info.RoomId;
        return newRoom && _phase != PkPhase.None && Hide();
    }

    private bool Hide()
    {
        Reset("");
        return true;
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
            ? PkBattleView.Hidden with { ShowContributors = s.ShowContributors, Language = s.Language }
            : new PkBattleView(
                _phase,
                PkSides.Side(_hosts, 0, s.LeftLabel),
                PkSides.Side(_hosts, 1, s.RightLabel),
                _phase == PkPhase.Active && _endsAt is { } end ? MillisLeft(end) : null,
                _phase == PkPhase.Ended ? _outcome : PkOutcome.None,
                _boosters.Items,
                _gifts.Items,
                s.ShowContributors) { Language = s.Language };
        var due = new[] { _boosters.NextDue, _gifts.NextDue, _hideAt }.Min();
        _timer.Change(due == DateTimeOffset.MaxValue ? Timeout.InfiniteTimeSpan : Clamp(due - _time.GetUtcNow(), TimeSpan.Zero, TimeSpan.FromDays(1)),
            Timeout.InfiniteTimeSpan);
    }

    private DateTimeOffset ExtraUntil() => _time.GetUtcNow() + TimeSpan.FromSeconds(_settings.BoosterSeconds);

    private long MillisLeft(DateTimeOffset end) => Math.Max(0, (long)(end - _time.GetUtcNow()).TotalMilliseconds);

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;
}
