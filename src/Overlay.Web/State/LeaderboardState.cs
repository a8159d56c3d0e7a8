using Overlay.Web.Events;
using Overlay.Widgets.Leaderboard;
using Overlay.Widgets.Shared;

namespace Overlay.Web.State;

/// <summary>
/// One leaderboard widget: the top <see cref="LeaderboardSettings.Rows"/> of a <see cref="LeaderboardTracker"/>
/// board. A busy board changes on every like, so the view is built when a page reads it (at most once per render,
/// which the page coalesces), not on every change.
/// </summary>
public sealed class LeaderboardState : IViewSource<LeaderboardView>, IReconfigurable<LeaderboardSettings>, IDisposable
{
    private readonly Lock _gate = new();
    private readonly LeaderboardUnit _unit;
    private readonly LeaderboardTracker _tracker;
    private readonly ChangeNotifier _changed;
    private readonly IDisposable _hubSubscription;
    private readonly StreamPhase _phase = new();
    private LeaderboardSettings _settings;
    private IDisposable _boardSubscription;
    private LeaderboardView? _current;
    private int _stale = 1;

    public LeaderboardState(LeaderboardSettings settings, LeaderboardUnit unit, LeaderboardTracker tracker, EventHub hub, ILogger<LeaderboardState> logger)
    {
        _settings = settings;
        _unit = unit;
        _tracker = tracker;
        _changed = new ChangeNotifier(logger);
        _boardSubscription = tracker.Subscribe(unit, settings.AllTime, OnBoardChanged);
        _hubSubscription = hub.Subscribe(OnEvent);
    }

    public static string DefaultTitle(LeaderboardUnit unit) => unit == LeaderboardUnit.Likes ? "Top likers" : "Top gifters";

    public LeaderboardView Current
    {
        get
        {
            lock (_gate)
            {
                if (Interlocked.Exchange(ref _stale, 0) == 1 || _current is null)
                {
                    _current = Build();
                }
                return _current;
            }
        }
    }

    public IDisposable Subscribe(Action changed) => _changed.Subscribe(changed);

    public void Dispose()
    {
        _hubSubscription.Dispose();
        lock (_gate)
        {
            _boardSubscription.Dispose();
        }
    }

    public void Reconfigure(LeaderboardSettings settings)
    {
        if (string.Join(" ", WidgetSettingsValidator.Validate(settings, DefaultTitle(_unit))) is { Length: > 0 } problems)
        {
            throw new ArgumentException(problems, nameof(settings));
        }
        lock (_gate)
        {
            if (settings.AllTime != _settings.AllTime)
            {
                _boardSubscription.Dispose();
                _boardSubscription = _tracker.Subscribe(_unit, settings.AllTime, OnBoardChanged);
            }
            _settings = settings;
        }
        OnBoardChanged();
    }

    private void OnBoardChanged()
    {
        Volatile.Write(ref _stale, 1);
        _changed.Notify();
    }

    private void OnEvent(OverlayEvent evt)
    {
        bool changed;
        lock (_gate)
        {
            changed = _phase.Apply(evt);
        }
        if (changed)
        {
            OnBoardChanged();
        }
    }

    private LeaderboardView Build()
    {
        var top = _tracker.Top(_unit, _settings.AllTime);
        var rows = new LeaderboardRow[Math.Min(top.Count, _settings.Rows)];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new LeaderboardRow(top[i].UserId, i + 1, top[i].Nickname, top[i].AvatarUrl, top[i].Score);
        }
        var title = _settings.Title.Length > 0 ? _settings.Title : DefaultTitle(_unit);
        return new LeaderboardView(title, _unit, rows, StreamEndView.For(_settings) with { Ended = _phase.Ended });
    }
}
