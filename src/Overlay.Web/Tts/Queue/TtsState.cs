using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Tts.Floor;
using Overlay.Web.Tts.Synthesis;
using Overlay.Web.Widgets;
using Overlay.Widgets.Tts;

namespace Overlay.Web.Tts.Queue;

/// <summary>
/// One TTS widget's queue, kept on the server so every OBS page showing it plays the same thing. Requests are
/// chosen by the <see cref="SpeechSelector"/>, admitted by the per-viewer cooldown and the queue cap, then made
/// into clips off the event path (<see cref="ISpeechClips"/>). Clips play in arrival order, one at a time, each for
/// its WAV duration on <see cref="TimeProvider"/>, and only while the <see cref="SoundFloor"/> is free: an alert
/// sound that starts mid-clip stops it, and it is read again once the alert's sound is over. A deleted chat leaves
/// the queue (or stops being read). Disabled, it reads nothing and holds nothing.
/// </summary>
public sealed partial class TtsState : WidgetState<TtsView, TtsSettings>
{
    // The page needs a moment to fetch and start the clip; ending exactly at the WAV's length would cut its tail.
    public static readonly TimeSpan Tail = TimeSpan.FromMilliseconds(400);

    private readonly TimeProvider _time;
    private readonly ISpeechClips _clips;
    private readonly SoundFloor _floor;
    private readonly OverlayMetrics _metrics;
    private readonly ILogger<TtsState> _logger;
    private readonly DropLogThrottle _dropLog;
    private readonly ITimer _timer;
    private readonly IDisposable _floorSubscription;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<SpeechItem> _queue = [];
    private readonly ViewerCooldown _cooldown;
    private TtsSettings _settings;
    private SpeechSelector _selector;
    private SpeechItem? _current;
    private DateTimeOffset _currentEnds;
    private long _currentPlay;
    private long _nextId;
    private bool _disposed;

    public TtsState(TtsSettings settings, EventHub hub, ISpeechClips clips, SoundFloor floor, TimeProvider time, OverlayMetrics metrics,
        ILogger<TtsState> logger)
        : base(TtsView.Empty with { Enabled = settings.Enabled, ShowCaption = settings.ShowCaption }, logger)
    {
        _settings = settings;
        _selector = new SpeechSelector(settings);
        _clips = clips;
        _floor = floor;
        _time = time;
        _metrics = metrics;
        _logger = logger;
        _dropLog = new DropLogThrottle(time);
        _cooldown = new ViewerCooldown(time);
        _timer = time.CreateTimer(_ => OnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _floorSubscription = floor.Subscribe(OnFloorClaimed);
        Start(hub);
    }

    public bool Enabled => Volatile.Read(ref _settings).Enabled;

    /// <summary>Queues text from elsewhere (a rule, the admin's test phrase); false when disabled, filtered out or the queue is full.</summary>
    public bool Say(string text, string? voice = null) =>
        _selector.Request(text, voice) is { } request && Offer(request);

    /// <summary>Stops the clip being read; the next one starts.</summary>
    public void Skip()
    {
        lock (Gate)
        {
            if (_current is null)
            {
                return;
            }
            _current = null;
            TryStartNext();
            Publish();
        }
        Notify();
    }

    /// <summary>Stops the clip being read and empties the queue.</summary>
    public void Clear()
    {
        lock (Gate)
        {
            _current = null;
            _queue.Clear();
            TryStartNext();
            Publish();
        }
        Notify();
    }

    protected override IEnumerable<string> Validate(TtsSettings settings) => WidgetKinds.Tts.Validate(settings, "Text to speech");

    protected override void Apply(TtsSettings settings)
    {
        lock (Gate)
        {
            Volatile.Write(ref _settings, settings);
            _selector = new SpeechSelector(settings);
            if (!settings.Enabled)
            {
                _current = null;
                _queue.Clear();
            }
            TryStartNext();
            Publish();
        }
        Notify();
    }

    protected override void OnDisposed()
    {
        lock (Gate)
        {
            _disposed = true;
            _timer.Dispose();
        }
        _floorSubscription.Dispose();
        _stopping.Cancel();
        _stopping.Dispose();
    }

    protected override void OnEvent(OverlayEvent evt)
    {
        if (evt is ChatDeletedEvent deleted)
        {
            Remove(deleted.DeletedMsgId);
            return;
        }
        if (_selector.Select(evt) is { } request)
        {
            Offer(request);
        }
    }

    private bool Offer(SpeechRequest request)
    {
        SpeechItem item;
        lock (Gate)
        {
            var settings = _settings;
            if (_disposed || !settings.Enabled
                || (request.Cooled && !_cooldown.Admit(request.ViewerKey, TimeSpan.FromSeconds(settings.ViewerCooldownSeconds))))
            {
                return false;
            }
            if (_queue.Count >= settings.MaxQueue)
            {
                _metrics.CountDropped(DropReason.SpeechQueueFull);
                if (_dropLog.ShouldLog(DropReason.SpeechQueueFull, out var suppressed))
                {
                    LogQueueFull(_logger, settings.MaxQueue, suppressed);
                }
                return false;
            }
            item = new SpeechItem(++_nextId, request, VoiceFor(request, settings));
            _queue.Add(item);
            Publish();
        }
        Notify();
        // Off the event path: an engine start or a full set of synthesis slots never holds up alerts or chat.
        _ = Task.Run(() => PrepareAsync(item));
        return true;
    }

    private string? VoiceFor(SpeechRequest request, TtsSettings settings)
    {
        if (request.Voice is { } asked)
        {
            return asked;
        }
        var voice = settings.Voice.Length > 0 ? settings.Voice : null;
        if (!settings.VoicePerViewer || request.ViewerKey.Length == 0)
        {
            return voice;
        }
        var voices = _clips.Voices;
        return ViewerVoice.Pick(request.ViewerKey, voices, ViewerVoice.LanguageOf(voice, voices, _clips.DefaultLanguage)) ?? voice;
    }

    private async Task PrepareAsync(SpeechItem item)
    {
        SpeechClipMade? clip;
        try
        {
            clip = await _clips.MakeAsync(item.Request.Text, item.Voice, Volatile.Read(ref _settings).Rate, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (ObjectDisposedException)
        {
            return;
        }
        lock (Gate)
        {
            if (_disposed || !_queue.Contains(item))
            {
                return; // Skipped, cleared or deleted while it was being made.
            }
            if (clip is null)
            {
                _queue.Remove(item);
            }
            else
            {
                item.Clip = clip;
            }
            TryStartNext();
            Publish();
        }
        Notify();
    }

    private void Remove(string deletedId)
    {
        lock (Gate)
        {
            var removed = _queue.RemoveAll(i => i.IsChat(deletedId));
            var stopped = _current?.IsChat(deletedId) == true;
            if (removed == 0 && !stopped)
            {
                return;
            }
            if (stopped)
            {
                _current = null;
                TryStartNext();
            }
            Publish();
        }
        Notify();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Text to speech queue full ({MaxQueue} waiting): a message was not read; {Suppressed} more were not logged in the last 10 s")]
    private static partial void LogQueueFull(ILogger logger, int maxQueue, long suppressed);
}
