using Overlay.Web.Pipeline;
using Overlay.Web.Events;

namespace Overlay.Web.Widgets;

/// <summary>
/// What every widget state shares: one lock, the current view (swapped atomically), change notification, the hub
/// subscription, settings checked before they apply in place, and for kinds that react to the end of a stream the
/// shared <see cref="StreamPhase"/>. A derived state calls <see cref="Start"/> (and <see cref="FollowStreamPhase"/>)
/// last in its constructor, so no event reaches a half-built state.
/// </summary>
public abstract class WidgetState<TView, TSettings> : IViewSource<TView>, IReconfigurable<TSettings>, IDisposable
    where TView : class
    where TSettings : class
{
    private readonly ChangeNotifier _changed;
    private TView _view;
    private IDisposable? _subscription;
    private IDisposable? _phaseSubscription;
    private StreamPhase? _phase;

    protected WidgetState(TView initial, ILogger logger)
    {
        _view = initial;
        _changed = new ChangeNotifier(logger);
    }

    /// <summary>Guards the state's fields; <see cref="View"/> is written under it.</summary>
    protected Lock Gate { get; } = new();

    /// <summary>The latest snapshot, written under <see cref="Gate"/>, read by pages without it.</summary>
    protected TView View
    {
        get => Volatile.Read(ref _view);
        set => Volatile.Write(ref _view, value);
    }

    /// <summary>Whether the stream has ended, for a state that follows the <see cref="StreamPhase"/>. Under <see cref="Gate"/>.</summary>
    protected bool StreamEnded { get; private set; }

    public virtual TView Current => View;

    public IDisposable Subscribe(Action changed) => _changed.Subscribe(changed);

    /// <exception cref="ArgumentException">The settings are out of range; the state keeps its old settings.</exception>
    public void Reconfigure(TSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (string.Join(" ", Validate(settings)) is { Length: > 0 } problems)
        {
            throw new ArgumentException(problems, nameof(settings));
        }
        Apply(settings);
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _phaseSubscription?.Dispose();
        OnDisposed();
    }

    /// <summary>What is wrong with <paramref name="settings"/>, as messages a streamer can act on; empty when fine.</summary>
    protected abstract IEnumerable<string> Validate(TSettings settings);

    /// <summary>Takes checked settings in place, keeping what the widget shows.</summary>
    protected abstract void Apply(TSettings settings);

    /// <summary>Handles one hub event on the pipeline thread, once <see cref="Start"/> subscribed.</summary>
    protected virtual void OnEvent(OverlayEvent evt)
    {
    }

    /// <summary>Stops timers and the like, after the hub subscription has ended.</summary>
    protected virtual void OnDisposed()
    {
    }

    /// <summary>Under <see cref="Gate"/>, after <see cref="StreamEnded"/> changed: true when the view changed.</summary>
    protected virtual bool OnStreamPhaseChanged() => false;

    protected void Notify() => _changed.Notify();

    /// <summary>Starts taking events. Call last in the constructor.</summary>
    protected void Start(EventHub hub) => _subscription = hub.Subscribe(OnEvent);

    /// <summary>
    /// Follows <paramref name="phase"/>, the app's shared one, so a state created after the stream ended starts
    /// ended. Call last in the constructor.
    /// </summary>
    protected void FollowStreamPhase(StreamPhase phase)
    {
        _phase = phase;
        _phaseSubscription = _phase.Subscribe(OnPhase);
        OnPhase();
    }

    private void OnPhase()
    {
        lock (Gate)
        {
            var ended = _phase!.Ended;
            if (ended == StreamEnded)
            {
                return;
            }
            StreamEnded = ended;
            if (!OnStreamPhaseChanged())
            {
                return;
            }
        }
        Notify();
    }
}
