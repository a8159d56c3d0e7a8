using Overlay.Web.Widgets.Kinds;
using Overlay.Web.Events;
using Overlay.Web.Gifts;
using Overlay.Web.Storage;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Web.Widgets;

/// <summary>
/// A goal on one metric of the current room (the kind kept its first name, like goal). Semantics:
/// <list type="bullet">
/// <item><b>count</b>: what the room has given so far. Likes: the highest room like total seen (like events and
/// roomInfo), never a sum of per-viewer likes, which are thinned out on big streams (protocol.md §4 like), so it never
/// goes down and a repeated roomInfo never double-counts. Follows, shares, subscriptions: one per event. Diamonds:
/// diamonds × final count of each finished combo, once, plus a late end frame's top-up (§5 step 7). Gift: the final
/// count of each finished combo of that gift (by name), plus its late top-ups. Backlog events
/// (§6) are skipped for the event metrics: after a restart they were counted already.</item>
/// <item><b>progress = count − baseline</b>. Reset sets baseline = count; "set progress n" sets baseline = count − n.</item>
/// <item><b>new roomId</b>: count starts over. Reset per stream: baseline 0 and the first target; keep: baseline
/// −progress, so the progress and target carry on. Before the first roomInfo any room is adopted as this one.</item>
/// <item><b>target</b>: reaching it moves it up by <see cref="LikeGoalSettings.Step"/> (0: by the first target)
/// when <see cref="LikeGoalSettings.AutoNext"/> is on; "next step" does that by hand.</item>
/// </list>
/// Progress is reported to <see cref="GoalProgressStore"/> (saved every few seconds) and restored from it on start.
/// </summary>
public sealed class LikeGoalState : WidgetState<GoalView, LikeGoalSettings>, IGoalControls
{
    private readonly string _slug;
    private readonly GoalProgressStore _progress;
    private LikeGoalSettings _settings;
    private string _roomId = "";
    private long _count;
    private long _baseline;
    private long _target;
    private bool _disposed;

    private readonly IGiftImages? _images;
    private string? _giftPicture;

    public LikeGoalState(string slug, LikeGoalSettings settings, EventHub hub, GoalProgressStore progress, ILogger<LikeGoalState> logger,
        IGiftImages? images = null)
        : base(new GoalView(settings.Title, 0, 1, settings.Style, settings.Metric), logger)
    {
        _slug = slug;
        _images = images;
        _settings = settings;
        _progress = progress;
        _target = FirstTarget;
        if (progress.Load(slug) is { } saved && saved.Metric == MetricKey(settings))
        {
            _roomId = saved.RoomId;
            _count = Math.Max(0, saved.Count);
            _baseline = saved.Baseline;
            _target = Math.Max(1, saved.Target);
        }
        Publish();
        Start(hub);
    }

    /// <summary>The room's like total this goal has seen (0 for other metrics): progress minus the baseline.</summary>
    public long RoomLikes
    {
        get
        {
            lock (Gate)
            {
                return _settings.Metric == GoalMetric.Likes ? _count : 0;
            }
        }
    }

    public void SetProgress(long progress)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(progress);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(progress, LikeGoalKind.MaxTarget);
        Control(() =>
        {
            _baseline = _count - progress;
            StepUp();
        });
    }

    public void Reset() => Control(() =>
    {
        _baseline = _count;
        _target = FirstTarget;
    });

    public void NextStep() => Control(() => _target = Add(_target, StepSize));

    protected override IEnumerable<string> Validate(LikeGoalSettings settings) => WidgetKinds.LikeGoal.Validate(settings, _slug);

    /// <summary>Title, style and step take effect keeping progress; a new first target restarts the target ladder
    /// from it; a new metric starts the goal over, because the old count was of something else.</summary>
    protected override void Apply(LikeGoalSettings settings) => Control(() =>
    {
        var old = _settings;
        _settings = settings;
        if (MetricKey(settings) != MetricKey(old))
        {
            _giftPicture = null;
            _count = 0;
            _baseline = 0;
            _target = FirstTarget;
        }
        else if (settings.Target != old.Target || settings.Step != old.Step)
        {
            _target = FirstTarget;
        }
        StepUp();
    });

    protected override void OnDisposed()
    {
        lock (Gate)
        {
            _disposed = true;
        }
        _progress.Flush();
    }

    private long Progress => Math.Max(0, _count - _baseline);

    private long FirstTarget => Math.Max(1, _settings.Target);

    private long StepSize => Math.Max(1, _settings.Step > 0 ? _settings.Step : _settings.Target);

    protected override void OnEvent(OverlayEvent evt)
    {
        GoalProgress snapshot;
        lock (Gate)
        {
            if (_disposed)
            {
                return;
            }
            var metric = _settings.Metric;
            var before = (_roomId, _count, _baseline, _target);
            switch (evt)
            {
                case RoomInfoEvent info:
                    OnRoomInfo(info);
                    break;
                case LikeEvent { TotalLikeCount: { } total } when metric == GoalMetric.Likes:
                    _count = Math.Max(_count, total);
                    break;
                case { IsBacklog: true }:
                    return;
                case FollowEvent when metric == GoalMetric.Follows:
                case ShareEvent when metric == GoalMetric.Shares:
                case SubscribeEvent when metric == GoalMetric.Subscriptions:
                    _count = Add(_count, 1);
                    break;
                case GiftComboEvent { Phase: ComboPhase.Finished } combo when metric == GoalMetric.Diamonds:
                    _count = Add(_count, combo.Diamonds);
                    break;
                case GiftComboEvent { Phase: ComboPhase.LateTopUp } topUp when metric == GoalMetric.Diamonds:
                    _count = Add(_count, (long)topUp.DiamondsEach * Math.Max(0, topUp.AddedCount));
                    break;
                case GiftComboEvent { Phase: ComboPhase.Finished } gift when metric == GoalMetric.Gift && IsGoalGift(gift):
                    _giftPicture = gift.PictureUrl ?? _giftPicture;
                    _count = Add(_count, Math.Max(0, gift.Count));
                    break;
                case GiftComboEvent { Phase: ComboPhase.LateTopUp } topUp when metric == GoalMetric.Gift && IsGoalGift(topUp):
                    _count = Add(_count, Math.Max(0, topUp.AddedCount));
                    break;
                default:
                    return;
            }
            if (before == (_roomId, _count, _baseline, _target))
            {
                return;
            }
            StepUp();
            Publish();
            snapshot = Snapshot();
        }
        _progress.Report(snapshot);
        Notify();
    }

    private void OnRoomInfo(RoomInfoEvent info)
    {
        if (info.RoomId.Length > 0 && !string.Equals(info.RoomId, _roomId, StringComparison.Ordinal))
        {
            // A new LIVE session (§4 roomInfo) counts from its own numbers, not from the last room's.
            if (_roomId.Length > 0)
            {
                var carried = _settings.ResetPerStream ? 0 : Progress;
                _count = 0;
                _baseline = -carried;
                if (_settings.ResetPerStream)
                {
                    _target = FirstTarget;
                }
            }
            _roomId = info.RoomId;
        }
        if (_settings.Metric == GoalMetric.Likes && info.LikeCount is { } likes)
        {
            _count = Math.Max(_count, likes);
        }
    }

    private void Control(Action change)
    {
        GoalProgress snapshot;
        lock (Gate)
        {
            change();
            Publish();
            snapshot = Snapshot();
        }
        _progress.Report(snapshot);
        _progress.Flush();
        Notify();
    }

    private void StepUp()
    {
        var progress = Progress;
        if (!_settings.AutoNext || progress < _target)
        {
            return;
        }
        // Arithmetic rather than a loop: a huge total with a small step must not spin.
        var steps = (progress - _target) / StepSize + 1;
        _target = steps > (long.MaxValue - _target) / StepSize ? long.MaxValue : _target + steps * StepSize;
    }

    private static long Add(long a, long b) => b > long.MaxValue - a ? long.MaxValue : a + b;

    private void Publish() => View = new(_settings.Title, Progress, _target, _settings.Style, _settings.Metric)
    {
        GiftName = _settings.Metric == GoalMetric.Gift ? _settings.GiftName.Trim() : "",
        GiftImageUrl = _settings.Metric == GoalMetric.Gift && _settings.ShowGiftImages ? GiftImage() : null,
    };

    // The picture of the last counted combo, else the catalogue's (the goal may be set up before the first one).
    private string? GiftImage() => _images is null ? null
        : _giftPicture is { } seen ? _images.LocalUrl(seen) : _images.ForGiftName(_settings.GiftName);

    private bool IsGoalGift(GiftComboEvent combo) =>
        string.Equals(combo.GiftName, _settings.GiftName.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>What the stored progress counted: a gift goal's count belongs to its gift.</summary>
    private static string MetricKey(LikeGoalSettings settings) => settings.Metric == GoalMetric.Gift
        ? "Gift:" + settings.GiftName.Trim().ToLowerInvariant()
        : settings.Metric.ToString();

    private GoalProgress Snapshot() => new(_slug, MetricKey(_settings), _roomId, _count, _baseline, _target);
}
