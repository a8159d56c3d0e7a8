using Overlay.Web.Events;
using Overlay.Widgets.LikeGoal;

namespace Overlay.Web.State;

/// <summary>
/// A like goal on the room total: the highest total seen (like events and roomInfo), never a sum of per-user likes,
/// which are thinned out on big streams (protocol.md §4 like). It never goes down within a room; a new roomId
/// starts over. Reaching the target moves it up by <see cref="LikeGoalSettings.Step"/> (0: by the first target).
/// </summary>
public sealed class LikeGoalState : IViewSource<GoalView>, IDisposable
{
    private readonly Lock _gate = new();
    private readonly LikeGoalSettings _settings;
    private readonly long _step;
    private readonly ChangeNotifier _changed;
    private readonly IDisposable _subscription;
    private GoalView _current;
    private string _roomId = "";

    public LikeGoalState(LikeGoalSettings settings, EventHub hub, ILogger<LikeGoalState> logger)
    {
        _settings = settings;
        _step = Math.Max(1, settings.Step > 0 ? settings.Step : settings.Target);
        _current = new GoalView(settings.Title, 0, Math.Max(1, settings.Target));
        _changed = new ChangeNotifier(logger);
        _subscription = hub.Subscribe(OnEvent);
    }

    public GoalView Current => Volatile.Read(ref _current);

    public IDisposable Subscribe(Action changed) => _changed.Subscribe(changed);

    public void Dispose() => _subscription.Dispose();

    private void OnEvent(OverlayEvent evt)
    {
        GoalView next;
        lock (_gate)
        {
            next = evt switch
            {
                RoomInfoEvent info => OnRoomInfo(info),
                LikeEvent { TotalLikeCount: { } total } => Raise(_current, total),
                _ => _current,
            };
            if (next == _current)
            {
                return;
            }
            Volatile.Write(ref _current, next);
        }
        _changed.Notify();
    }

    private GoalView OnRoomInfo(RoomInfoEvent info)
    {
        var start = _current;
        if (info.RoomId.Length > 0 && !string.Equals(info.RoomId, _roomId, StringComparison.Ordinal))
        {
            // A new LIVE session (§4 roomInfo): its total starts from its own roomInfo, not from the last room's.
            if (_roomId.Length > 0)
            {
                start = new GoalView(_settings.Title, 0, Math.Max(1, _settings.Target));
            }
            _roomId = info.RoomId;
        }
        return info.LikeCount is { } likes ? Raise(start, likes) : start;
    }

    private GoalView Raise(GoalView view, long total)
    {
        if (total <= view.Current)
        {
            return view;
        }
        var target = view.Target;
        if (total >= target)
        {
            // Arithmetic rather than a loop: a huge total with a small step must not spin.
            var steps = (total - target) / _step + 1;
            target = steps > (long.MaxValue - target) / _step ? long.MaxValue : target + steps * _step;
        }
        return view with { Current = total, Target = target };
    }
}
