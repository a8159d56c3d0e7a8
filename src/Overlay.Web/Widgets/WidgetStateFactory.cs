using Overlay.Web.Diagnostics;
using Overlay.Web.Events;
using Overlay.Web.Gifts;
using Overlay.Web.Media;
using Overlay.Web.Pipeline;
using Overlay.Web.Tts.Floor;
using Overlay.Web.Tts.Synthesis;

namespace Overlay.Web.Widgets;

/// <summary>
/// What widget states are built from (the hub, the clock, shared trackers), handed to each kind's descriptor,
/// which builds its own state. The caller owns the result: dispose it (<see cref="WidgetHandle.Dispose"/>) when
/// the instance goes away.
/// </summary>
public sealed class WidgetStateFactory(
    EventHub hub, TimeProvider time, OverlayMetrics metrics, GoalProgressStore goals, ILoggerFactory loggers, LeaderboardTracker leaderboards,
    StreamPhase phase, AlertMedia? media = null, ISpeechClips? speech = null, SoundFloor? floor = null, IGiftImages? giftImages = null)
{
    private readonly SoundFloor _floor = floor ?? new SoundFloor(time);

    public EventHub Hub => hub;

    public TimeProvider Time => time;

    public OverlayMetrics Metrics => metrics;

    public GoalProgressStore Goals => goals;

    public LeaderboardTracker Leaderboards => leaderboards;

    public StreamPhase Phase => phase;

    /// <summary>Null in tests that build states without the media folders.</summary>
    public AlertMedia? Media => media;

    /// <summary>Null-free for tests that build states without the speech engine: phrases then fail as with no engine.</summary>
    public ISpeechClips Speech => speech ?? NoSpeech.Instance;

    /// <summary>The app's one sound floor: alert sounds claim it, speech waits for it.</summary>
    public SoundFloor Floor => _floor;
    /// <summary>The cached gift pictures; null in tests that build states without them (no gift images then).</summary>
    public IGiftImages? GiftImages => giftImages;

    public ILogger<T> Logger<T>() => loggers.CreateLogger<T>();

    /// <param name="settings">The settings record of the instance's kind.</param>
    /// <exception cref="ArgumentException">The settings are of another kind, or out of range.</exception>
    public WidgetHandle Create(WidgetInstance instance, object settings) => instance.Kind.Create(this, instance, settings);

    /// <summary>The instance with its kind's settings from the <c>Widgets</c> section (or the kind's defaults).</summary>
    public WidgetHandle Create(WidgetInstance instance, WidgetOptions options) => Create(instance, instance.Kind.DefaultSettings(options));
}
