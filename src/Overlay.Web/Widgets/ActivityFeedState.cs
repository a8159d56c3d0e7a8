using Overlay.Web.Pipeline;
using Overlay.Web.Events;
using Overlay.Web.Gifts;
using Overlay.Widgets.ActivityFeed;
using Overlay.Widgets.Shared;

namespace Overlay.Web.Widgets;

/// <summary>
/// The last <see cref="ActivityFeedSettings.MaxRows"/> follows, gifts, subscriptions and shares, oldest first. A
/// gift is one row per finished combo (protocol.md §5 step 9), never one per streak frame or late top-up.
/// Duplicates are already gone (§6); backlog is shown, like chat: it is history, not an alert.
/// </summary>
public sealed class ActivityFeedState : WidgetState<ActivityFeedView, ActivityFeedSettings>
{
    private ActivityFeedSettings _settings;
    private long _nextId;

    private readonly IGiftImages? _images;

    public ActivityFeedState(ActivityFeedSettings settings, EventHub hub, ILogger<ActivityFeedState> logger, StreamPhase phase, IGiftImages? images = null)
        : base(new ActivityFeedView([], settings.NewestOnTop, StreamEndView.For(settings)) { Language = settings.Language }, logger)
    {
        _settings = settings;
        _images = images;
        FollowStreamPhase(phase);
        Start(hub);
    }

    protected override IEnumerable<string> Validate(ActivityFeedSettings settings) => WidgetKinds.ActivityFeed.Validate(settings, "Activity feed");

    protected override void Apply(ActivityFeedSettings settings)
    {
        lock (Gate)
        {
            _settings = settings;
            // Switching gift images off takes them off the rows on screen too; on again shows them from the next gift.
            var kept = View.Items.Where(i => Shows(settings, i.Kind))
                .Select(i => settings.ShowGiftImages || i.GiftImageUrl is null ? i : i with { GiftImageUrl = null }).ToList();
            View = new ActivityFeedView(
                [.. kept.Skip(Math.Max(0, kept.Count - settings.MaxRows))],
                settings.NewestOnTop,
                StreamEndView.For(settings) with { Ended = StreamEnded }) { Language = settings.Language };
        }
        Notify();
    }

    protected override bool OnStreamPhaseChanged()
    {
        View = View with { StreamEnd = View.StreamEnd with { Ended = StreamEnded } };
        return true;
    }

    protected override void OnEvent(OverlayEvent evt)
    {
        lock (Gate)
        {
            if (ToItem(evt) is not { } item || !Shows(_settings, item.Kind))
            {
                return;
            }
            var items = View.Items;
            var keep = Math.Min(items.Count, _settings.MaxRows - 1);
            View = View with { Items = [.. items.Skip(items.Count - keep), item] };
        }
        Notify();
    }

    private ActivityItem? ToItem(OverlayEvent evt) => evt switch
    {
        FollowEvent e => new ActivityItem(++_nextId, ActivityKind.Follow, e.User.DisplayName, e.User.AvatarUrl),
        ShareEvent e => new ActivityItem(++_nextId, ActivityKind.Share, e.User.DisplayName, e.User.AvatarUrl),
        SubscribeEvent e => new ActivityItem(++_nextId, ActivityKind.Subscribe, e.User.DisplayName, e.User.AvatarUrl, Count: e.SubMonth),
        GiftComboEvent { Phase: ComboPhase.Finished } e => new ActivityItem(
            ++_nextId, ActivityKind.Gift, e.User.DisplayName, e.User.AvatarUrl, e.GiftName, e.Count, e.Diamonds)
        {
            GiftImageUrl = _settings.ShowGiftImages ? _images?.LocalUrl(e.PictureUrl) : null,
        },
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
