using Microsoft.Extensions.Options;
using Overlay.Web.Events;

namespace Overlay.Web.Pipeline;

/// <summary>
/// Turns raw gift frames into combos, one <see cref="ComboPhase.Finished"/> per combo (protocol.md §5): the only
/// path by which gifts reach the hub (EventRules hands raw frames here and publishes none).
/// Thread-safety: the pipeline calls in on its loop while quiet timers fire on timer threads. Every change
/// happens under one lock and its events are published to the hub inside that same lock, so subscribers see each
/// combo's Pending, Finished and LateTopUp in order and never a Finished twice. Hub handlers must stay quick and
/// must not call back into the tracker.
/// </summary>
public sealed partial class GiftComboTracker : IDisposable
{
    /// <summary>Past this many open streaks the oldest is finished early, so a flood cannot grow memory.</summary>
    public const int MaxOpenCombos = 1_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<ComboKey, OpenCombo> _open = [];
    private readonly FinishedComboMemory _finished = new();
    private readonly EventHub _hub;
    private readonly TimeProvider _time;
    private readonly ILogger<GiftComboTracker> _logger;
    private readonly TimeSpan _quietTime;
    private long _sequence;

    public GiftComboTracker(IOptions<EventsOptions> options, EventHub hub, TimeProvider time, ILogger<GiftComboTracker> logger)
    {
        _hub = hub;
        _time = time;
        _logger = logger;
        _quietTime = options.Value.ComboQuietTime;
    }

    public int OpenCount
    {
        get { lock (_gate) { return _open.Count; } }
    }

    /// <summary>Finished combos remembered for late copies (§5 step 7), for /healthz; bounded by <see cref="FinishedComboMemory"/>.</summary>
    public int FinishedCount
    {
        get { lock (_gate) { return _finished.Count; } }
    }

    /// <summary>Applies one gift frame (already past the msgId check, §5 step 1). False when it is a late copy.</summary>
    public bool OnGift(GiftEvent gift)
    {
        lock (_gate)
        {
            var key = ComboKey.Of(gift);
            if (!gift.IsStreakable)
            {
                // §5 step 3: a single gift is its own finished combo.
                var count = Math.Max(gift.RepeatCount, 1);
                Publish(gift, count, ComboPhase.Finished, count, gift.IsBacklog);
                return true;
            }

            if (_open.TryGetValue(key, out var combo))
            {
                if (gift.RepeatCount < combo.Count)
                {
                    // §5 step 4b: the streak restarted, so the previous one ended without its end frame.
                    Finish(combo);
                    combo = Open(key, gift);
                }
            }
            else if (_finished.TryGetCount(key, _time.GetUtcNow(), out var finalCount))
            {
                return TopUp(key, gift, finalCount);
            }
            else
            {
                combo = Open(key, gift);
            }

            var grew = combo.Update(gift);
            if (gift.RepeatEnd)
            {
                Finish(combo);
            }
            else
            {
                combo.Timer.Change(_quietTime, Timeout.InfiniteTimeSpan);
                if (grew)
                {
                    Publish(combo.Latest, combo.Count, ComboPhase.Pending, combo.Count, combo.IsBacklog);
                }
            }
            return true;
        }
    }

    /// <summary>§5 step 8: socket closed, stream ended or shutdown.</summary>
    public void FinalizeAll()
    {
        lock (_gate)
        {
            foreach (var combo in _open.Values.OrderBy(c => c.Sequence).ToList())
            {
                Finish(combo);
            }
        }
    }

    /// <summary>A new roomId: finish what was open in the old room, then forget its finished combos.</summary>
    public void ResetRoom()
    {
        lock (_gate)
        {
            FinalizeAll();
            _finished.Clear();
        }
    }

    public void Dispose() => FinalizeAll();

    // §5 step 7: within a minute of the finish, only a higher count is news, and it never alerts again. A higher
    // frame without repeatEnd means the streak went on after a quiet-time finish: same treatment.
    private bool TopUp(ComboKey key, GiftEvent gift, int finalCount)
    {
        if (gift.RepeatCount <= finalCount)
        {
            return false;
        }
        _finished.Remember(key, gift.RepeatCount, _time.GetUtcNow());
        Publish(gift, gift.RepeatCount, ComboPhase.LateTopUp, gift.RepeatCount - finalCount, gift.IsBacklog);
        return true;
    }

    private OpenCombo Open(ComboKey key, GiftEvent gift)
    {
        if (_open.Count >= MaxOpenCombos)
        {
            var oldest = _open.Values.MinBy(c => c.Sequence)!;
            LogTooManyCombos(_logger, MaxOpenCombos);
            Finish(oldest);
        }
        var combo = new OpenCombo(key, gift, ++_sequence);
        combo.Timer = _time.CreateTimer(OnQuiet, combo, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _open.Add(key, combo);
        return combo;
    }

    private void OnQuiet(object? state)
    {
        try
        {
            lock (_gate)
            {
                // The combo may have been finished (end frame, restart, close) while this callback waited.
                var combo = (OpenCombo)state!;
                if (_open.TryGetValue(combo.Key, out var current) && ReferenceEquals(current, combo))
                {
                    Finish(combo);
                }
            }
        }
        catch (Exception ex)
        {
            LogQuietTimerFailed(_logger, ex);
        }
    }

    private void Finish(OpenCombo combo)
    {
        _open.Remove(combo.Key);
        combo.Timer.Dispose();
        _finished.Remember(combo.Key, combo.Count, _time.GetUtcNow());
        Publish(combo.Latest, combo.Count, ComboPhase.Finished, combo.Count, combo.IsBacklog);
    }

    private void Publish(GiftEvent gift, int count, ComboPhase phase, int added, bool isBacklog) =>
        _hub.Publish(new GiftComboEvent(gift.User, gift.GiftId, gift.GiftName, gift.PictureUrl, gift.DiamondCount, count, phase, added)
        {
            SentAt = gift.SentAt,
            IsBacklog = isBacklog,
            FanDays = gift.FanDays,
        });

    [LoggerMessage(Level = LogLevel.Warning, Message = "More than {Max} gift streaks open at once: finished the oldest early")]
    private static partial void LogTooManyCombos(ILogger logger, int max);

    [LoggerMessage(Level = LogLevel.Error, Message = "Finishing a quiet gift streak failed")]
    private static partial void LogQuietTimerFailed(ILogger logger, Exception ex);
}
