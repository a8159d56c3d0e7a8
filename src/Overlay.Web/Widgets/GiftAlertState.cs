using Overlay.Web.Media;
using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Tts.Floor;
using Overlay.Web.Gifts;
using Overlay.Widgets.GiftAlert;

namespace Overlay.Web.Widgets;

/// <summary>
/// Gift alerts, one on screen at a time for <see cref="GiftAlertSettings.DisplaySeconds"/>, then the next in
/// arrival order. Only finished, live combos worth at least <see cref="GiftAlertSettings.MinDiamonds"/> alert
/// (protocol.md §5 step 9, §6 backlog). Full-queue policy: with <see cref="GiftAlertSettings.MaxQueue"/> alerts
/// waiting, the cheapest one is dropped, counted and logged. A new alert never pushes out one worth as much or
/// more: if it is the cheapest (ties included), it is the one dropped, so waiting viewers keep their turn.
/// New settings apply in place (<see cref="Reconfigure"/>): the alert on screen and those waiting stay.
/// Follows, shares, subscriptions and joins alert too when their type is on (<see cref="AlertComposer"/>), each
/// type with a per-viewer cooldown (follows and shares repeat) and a per-type sound cooldown.
/// </summary>
public sealed partial class GiftAlertState : WidgetState<GiftAlertView, GiftAlertSettings>
{
    private GiftAlertSettings _settings;
    private readonly TimeProvider _time;
    private readonly OverlayMetrics _metrics;
    private readonly ILogger<GiftAlertState> _logger;
    private readonly DropLogThrottle _dropLog;
    private readonly List<AlertView> _waiting = [];
    private TimeSpan _display;
    private AlertView? _showing;
    private ITimer? _displayTimer;
    private readonly AlertMedia? _media;
    private readonly IGiftImages? _images;
    private readonly AlertCooldowns _cooldowns;
    private readonly SoundFloor? _floor;
    private long _nextId;
    private bool _disposed;

    public GiftAlertState(GiftAlertSettings settings, EventHub hub, TimeProvider time, OverlayMetrics metrics, ILogger<GiftAlertState> logger,
        AlertMedia? media = null, IGiftImages? images = null, SoundFloor? floor = null)
        : base(GiftAlertView.Empty with { DisplayMilliseconds = (int)TimeSpan.FromSeconds(settings.DisplaySeconds).TotalMilliseconds, Animation = settings.Animation, Language = settings.Language }, logger)
    {
        _media = media;
        _images = images;
        _floor = floor;
        _cooldowns = new AlertCooldowns(time);
        _settings = settings;
        _time = time;
        _metrics = metrics;
        _logger = logger;
        _display = TimeSpan.FromSeconds(settings.DisplaySeconds);
        _dropLog = new DropLogThrottle(time);
        Start(hub);
    }

    /// <summary>Alerts waiting behind the one on screen.</summary>
    public int Queued => Current.Queued;

    /// <summary>
    /// Going forward: the alert on screen keeps its time, waiting alerts stay even past a smaller queue (new ones
    /// then meet the new bound), and the new minimum applies to combos that finish from now on.
    /// </summary>
    protected override void Apply(GiftAlertSettings settings)
    {
        bool changed;
        lock (Gate)
        {
            Volatile.Write(ref _settings, settings);
            _display = TimeSpan.FromSeconds(settings.DisplaySeconds);
            var next = View with { DisplayMilliseconds = (int)_display.TotalMilliseconds, Animation = settings.Animation, Language = settings.Language };
            changed = next != View;
            View = next;
        }
        if (changed)
        {
            Notify();
        }
    }

    protected override IEnumerable<string> Validate(GiftAlertSettings settings) => WidgetKinds.GiftAlert.Validate(settings, "Gift alert");

    protected override void OnDisposed()
    {
        lock (Gate)
        {
            _disposed = true;
            _displayTimer?.Dispose();
        }
    }

    protected override void OnEvent(OverlayEvent evt)
    {
        if (evt.IsBacklog || evt is not (GiftComboEvent or FollowEvent or ShareEvent or SubscribeEvent or MemberEvent))
        {
            return;
        }
        AlertView? dropped;
        bool changed;
        int maxQueue;
        lock (Gate)
        {
            if (_disposed || AlertComposer.Compose(evt, _settings, _nextId + 1, _media, _images) is not { } alert
                || !_cooldowns.AdmitViewer(alert.Kind, ViewerKey(evt), ViewerCooldown(alert.Kind)))
            {
                return;
            }
            _nextId++;
            dropped = Enqueue(alert);
            maxQueue = _settings.MaxQueue;
            if (_showing is null)
            {
                ShowNext();
            }
            changed = Publish();
        }
        if (dropped is not null)
        {
            _metrics.CountDropped(DropReason.AlertQueueFull);
            if (_dropLog.ShouldLog(DropReason.AlertQueueFull, out var suppressed))
            {
                LogAlertDropped(_logger, maxQueue, dropped.Diamonds, suppressed);
            }
        }
        if (changed)
        {
            Notify();
        }
    }

    /// <summary>Adds <paramref name="alert"/> behind the others; returns the alert dropped to keep the bound, if any.</summary>
    private AlertView? Enqueue(AlertView alert)
    {
        // The one on screen does not count: with MaxQueue 0 an alert still shows when nothing else does.
        if (_showing is null || _waiting.Count < _settings.MaxQueue)
        {
            _waiting.Add(alert);
            return null;
        }
        if (_waiting.Count == 0)
        {
            return alert;
        }
        var cheapest = 0;
        for (var i = 1; i < _waiting.Count; i++)
        {
            // "<=" picks the newest of equally cheap alerts: the ones waiting longest keep their place.
            if (_waiting[i].Diamonds <= _waiting[cheapest].Diamonds)
            {
                cheapest = i;
            }
        }
        if (alert.Diamonds <= _waiting[cheapest].Diamonds)
        {
            return alert;
        }
        var dropped = _waiting[cheapest];
        _waiting.RemoveAt(cheapest);
        _waiting.Add(alert);
        return dropped;
    }

    private void ShowNext()
    {
        _displayTimer?.Dispose();
        _displayTimer = null;
        if (_waiting.Count == 0)
        {
            _showing = null;
            return;
        }
        var next = _waiting[0];
        _waiting.RemoveAt(0);
        if (next.Sound is not null && !_cooldowns.AdmitSound(next.Kind, SoundCooldown(next.Kind)))
        {
            next = next with { Sound = null };
        }
        _showing = next;
        var display = next.DisplayMilliseconds > 0 ? TimeSpan.FromMilliseconds(next.DisplayMilliseconds) : _display;
        _displayTimer = _time.CreateTimer(OnDisplayEnded, next.Id, display, Timeout.InfiniteTimeSpan);
        if (next.Sound is not null)
        {
            // The sound leaves with its alert, so the alert's time bounds it: speech waits that long.
            _floor?.Claim(display);
        }
    }

    private void OnDisplayEnded(object? state)
    {
        lock (Gate)
        {
            // A timer that lost the race to a newer alert (or to Dispose) has nothing to end.
            if (_disposed || _showing?.Id != (long)state!)
            {
                return;
            }
            ShowNext();
            Publish();
        }
        Notify();
    }

    private static string ViewerKey(OverlayEvent evt) => evt switch
    {
        FollowEvent e => e.User.IdentityKey,
        ShareEvent e => e.User.IdentityKey,
        SubscribeEvent e => e.User.IdentityKey,
        MemberEvent e => e.User.IdentityKey,
        _ => "",
    };

    private TimeSpan ViewerCooldown(AlertKind kind) =>
        kind == AlertKind.Gift ? TimeSpan.Zero : TimeSpan.FromSeconds(_settings.For(kind).ViewerCooldownSeconds);

    private TimeSpan SoundCooldown(AlertKind kind) =>
        TimeSpan.FromSeconds(kind == AlertKind.Gift ? _settings.GiftSoundCooldownSeconds : _settings.For(kind).SoundCooldownSeconds);

    /// <summary>Swaps in the new snapshot; false when nothing a page shows has changed.</summary>
    private bool Publish()
    {
        var next = View with { Current = _showing, Queued = _waiting.Count };
        if (next == View)
        {
            return false;
        }
        View = next;
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Gift alert queue full ({MaxQueue} waiting): dropped the cheapest alert ({Diamonds} diamonds); {Suppressed} more were not logged in the last 10 s")]
    private static partial void LogAlertDropped(ILogger logger, int maxQueue, long diamonds, long suppressed);
}
