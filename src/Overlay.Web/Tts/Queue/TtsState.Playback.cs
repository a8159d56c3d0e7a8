using Overlay.Widgets.Tts;

namespace Overlay.Web.Tts.Queue;

/// <summary>Playback: one clip at a time for its WAV length, only while the sound floor is free, and the view it publishes.</summary>
public sealed partial class TtsState
{
    private void OnTimer()
    {
        lock (Gate)
        {
            if (_disposed)
            {
                return;
            }
            if (_current is not null && _time.GetUtcNow() >= _currentEnds)
            {
                _current = null;
            }
            TryStartNext();
            if (!Publish())
            {
                return;
            }
        }
        Notify();
    }

    // An alert sound starts: the clip being read stops and goes back to the front, to be read once the floor is free.
    private void OnFloorClaimed()
    {
        lock (Gate)
        {
            if (_disposed)
            {
                return;
            }
            if (_current is { } interrupted)
            {
                _queue.Insert(0, interrupted);
                _current = null;
            }
            TryStartNext();
            if (!Publish())
            {
                return;
            }
        }
        Notify();
    }

    // Under Gate: starts the head of the queue when nothing plays, its clip is made and the floor is free; otherwise
    // arms the timer for whatever it waits on (the clip's end, the floor). A head still being made is waited for, so
    // the order never changes.
    private void TryStartNext()
    {
        if (_disposed)
        {
            return;
        }
        if (_current is not null)
        {
            _timer.Change(Max(_currentEnds - _time.GetUtcNow(), TimeSpan.Zero), Timeout.InfiniteTimeSpan);
            return;
        }
        if (_queue.Count == 0 || _queue[0].Clip is not { } clip)
        {
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }
        if (!_floor.IsFree)
        {
            _timer.Change(_floor.FreeIn, Timeout.InfiniteTimeSpan);
            return;
        }
        _current = _queue[0];
        _queue.RemoveAt(0);
        _currentPlay++;
        var length = clip.Duration + Tail;
        _currentEnds = _time.GetUtcNow() + length;
        _timer.Change(length, Timeout.InfiniteTimeSpan);
    }

    // Under Gate: false when nothing the page or the admin shows changed.
    private bool Publish()
    {
        var settings = _settings;
        // A new play of an interrupted clip gets a new id, so the page makes a new audio element and starts from the top.
        TtsClip? clip = _current is { Clip: { } made } current
            ? new TtsClip(_currentPlay, made.Url, Math.Clamp(settings.Volume, 0, 100) / 100.0, current.Request.Text)
            : null;
        var waiting = _queue.Select(i => new TtsQueueEntry(i.Id, i.Request.Text, i.Request.Source, i.Clip is not null)).ToList();
        var view = View;
        if (view.Enabled == settings.Enabled && view.ShowCaption == settings.ShowCaption && view.Current == clip && view.Waiting.SequenceEqual(waiting))
        {
            return false;
        }
        View = new TtsView(settings.Enabled, clip, waiting, settings.ShowCaption);
        return true;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
