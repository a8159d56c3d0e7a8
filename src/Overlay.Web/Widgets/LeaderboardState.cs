using Overlay.Web.Pipeline;
using Overlay.Web.Events;
using Overlay.Web.Gifts;
using Overlay.Widgets.Leaderboard;
using Overlay.Widgets.Shared;
using Overlay.Widgets.Shared.Texts;

namespace Overlay.Web.Widgets;

/// <summary>
/// One leaderboard widget: the top <see cref="LeaderboardSettings.Rows"/> of a <see cref="LeaderboardTracker"/>
/// board. A busy board changes on every like, so the view is built when a page reads it (at most once per render,
/// which the page coalesces), not on every change.
/// </summary>
public sealed class LeaderboardState : WidgetState<LeaderboardView, LeaderboardSettings>
{
    private readonly LeaderboardUnit _unit;
    private readonly LeaderboardTracker _tracker;
    private LeaderboardSettings _settings;
    private IDisposable _boardSubscription;
    private int _stale = 1;

    private readonly IGiftImages? _images;

    public LeaderboardState(LeaderboardSettings settings, LeaderboardUnit unit, LeaderboardTracker tracker, EventHub hub, ILogger<LeaderboardState> logger,
        StreamPhase phase, IGiftImages? images = null)
        : base(LeaderboardView.Empty(DefaultTitle(unit, settings.Language), unit) with { Language = settings.Language }, logger)
    {
        _images = images;
        _settings = settings;
        _unit = unit;
        _tracker = tracker;
        _boardSubscription = tracker.Subscribe(unit, settings.AllTime, OnBoardChanged);
        FollowStreamPhase(phase);
    }

    public static string DefaultTitle(LeaderboardUnit unit, string language = WidgetLanguages.English) =>
        WidgetTexts.Get(unit == LeaderboardUnit.Likes ? WidgetText.TopLikers : WidgetText.TopGifters, language);

    public override LeaderboardView Current
    {
        get
        {
            lock (Gate)
            {
                if (Interlocked.Exchange(ref _stale, 0) == 1)
                {
                    View = Build();
                }
                return View;
            }
        }
    }

    // Both leaderboard kinds share one set of rules.
    protected override IEnumerable<string> Validate(LeaderboardSettings settings) => WidgetKinds.TopGifters.Validate(settings, DefaultTitle(_unit));

    protected override void Apply(LeaderboardSettings settings)
    {
        lock (Gate)
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

    protected override void OnDisposed()
    {
        lock (Gate)
        {
            _boardSubscription.Dispose();
        }
    }

    protected override bool OnStreamPhaseChanged()
    {
        Volatile.Write(ref _stale, 1);
        return true;
    }

    private void OnBoardChanged()
    {
        Volatile.Write(ref _stale, 1);
        Notify();
    }

    private LeaderboardView Build()
    {
        var top = _tracker.Top(_unit, _settings.AllTime);
        var rows = new LeaderboardRow[Math.Min(top.Count, _settings.Rows)];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new LeaderboardRow(top[i].UserId, i + 1, top[i].Nickname, top[i].AvatarUrl, top[i].Score);
            if (_unit == LeaderboardUnit.Diamonds && _settings.ShowGiftImages && _images is not null
                && _tracker.BiggestGift(top[i].UserId, _settings.AllTime) is { } gift)
            {
                rows[i] = rows[i] with { GiftImageUrl = _images.LocalUrl(gift.PictureUrl), GiftName = gift.Name };
            }
        }
        var title = _settings.Title.Length > 0 ? _settings.Title : DefaultTitle(_unit, _settings.Language);
        return new LeaderboardView(title, _unit, rows, StreamEndView.For(_settings) with { Ended = StreamEnded }) { Language = _settings.Language };
    }
}
