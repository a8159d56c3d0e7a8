using Overlay.Web.Events;
using Overlay.Widgets.ActivityFeed;
using Overlay.Widgets.Shared;

namespace Overlay.Web.State;

/// <summary>
/// The last <see cref="ActivityFeedSettings.MaxRows"/> follows, gifts, subscriptions and shares, oldest first. A
/// gift is one row per finished combo (protocol.md §5 step 9), never one per streak frame or late top-up.
/// Duplicates are already gone (§6); backlog is shown, like chat: it is history, not an alert.
/// </summary>
public sealed class ActivityFeedState : IViewSource<ActivityFeedView>, IReconfigurable<ActivityFeedSettings>, IDisposable
{
    private readonly Lock _gate = new();
    private readonly ChangeNotifier _changed;
    private readonly IDisposable _subscription;
    private readonly StreamPhase _phase = new();
    private ActivityFeedSettings _settings;
    private ActivityFeedView _current;
    private long _nextId;

    public ActivityFeedState(ActivityFeedSettings settings, EventHub hub, ILogger<ActivityFeedState> logger)
    {
        _settings = settings;
        _current = new ActivityFeedView([], settings.NewestOnTop, StreamEndView.For(settings));
        _changed = new ChangeNotifier(logger);
        _subscription = hub.Subscribe(OnEvent);
    }

    public ActivityFeedView Current => Volatile.Read(ref _current);

    public IDisposable Subscribe(Action changed) => _changed.Subscribe(changed);

    public void Dispose() => _subscription.Dispose();

    public void Reconfigure(ActivityFeedSettings settings)
    {
        if (string.Join(" ", WidgetSettingsValidator.Validate(settings, "Activity feed")) is { Length: > 0 } problems)
        {
            throw new ArgumentException(problems, nameof(settings));
        }
        lock (_gate)
        {
            _settings = settings;
            var kept = _current.Items.Where(i => Shows(settings, i.Kind)).ToList();
            Volatile.Write(ref _current, new ActivityFeedView(
                [.. kept.Skip(Math.Max(0, kept.Count - settings.MaxRows))],
                settings.NewestOnTop,
                StreamEndView.For(settings) with { Ended = _phase.Ended }));
        }
        _changed.Notify();
    }

    private void OnEvent(OverlayEvent evt)
    {
        lock (_gate)
        {
            var view = _current;
            if (_phase.Apply(evt))
            {
                view = view with { StreamEnd = view.StreamEnd with { Ended = _phase.Ended } };
            }
            if (ToItem(evt) is { } item && Shows(_settings, item.Kind))
            {
                var items = view.Items;
                var keep = Math.Min(items.Count, _settings.MaxRows - 1);
                view = view with { Items = [.. items.Skip(items.Count - keep), item] };
            }
            if (ReferenceEquals(view, _current))
            {
                return;
            }
            Volatile.Write(ref _current, view);
        }
        _changed.Notify();
    }

    private ActivityItem? ToItem(OverlayEvent evt) => evt switch
    {
        FollowEvent e => new ActivityItem(++_nextId, ActivityKind.Follow, e.User.DisplayName, e.User.AvatarUrl),
        ShareEvent e => new ActivityItem(++_nextId, ActivityKind.Share, e.User.DisplayName, e.User.AvatarUrl),
        SubscribeEvent e => new ActivityItem(++_nextId, ActivityKind.Subscribe, e.User.DisplayName, e.User.AvatarUrl, Count: e.SubMonth),
        GiftComboEvent { Phase: ComboPhase.Finished } e => new ActivityItem(
            ++_nextId, ActivityKind.Gift, e.User.DisplayName, e.User.AvatarUrl, e.GiftName, e.Count, e.Diamonds),
        _ => null,
    };

    private static bool Shows(ActivityFeedSettings settings, ActivityKind kind) => kind switch
    {
        ActivityKind.Follow => settings.ShowFollows,
        ActivityKind.Gift => settings.ShowGifts,
        ActivityKind.Subscribe => settings.ShowSubscriptions,
        _ => settings.ShowShares,
    };
}
